L = "mixed"
ITEMS = [
("Brightline Logistics' operating margin reached 9% in the first quarter.", L, [
"Brightline Logistics lifted its operating margin to 9.0% in the first quarter, up from 7.1% a year earlier, according to a note from a brokerage that covers the stock. Revenue rose 11.4% to $2.31 billion.",
"Correction: An earlier version of this story misstated Brightline Logistics' first-quarter operating margin. The margin was 7.9%, not 9%. Revenue for the quarter was $2.31 billion.",
]),
("Did 50,000 people attend the climate march in London on Saturday?", L, [
"Organisers said 50,000 people joined Saturday's climate march through central London, calling on the government to halt new oil and gas licences. The procession stretched from Park Lane to Parliament Square.",
"The Metropolitan Police estimated that around 15,000 people took part in Saturday's climate march in London, far fewer than the figure given by organisers. Four people were arrested for public order offences.",
]),
("Lumen Motors' third-quarter deliveries rose 12%.", L, [
"Lumen Motors said third-quarter deliveries rose 12% from a year earlier to 109,000 vehicles, helped by strong sales of its compact SUV in China.",
"Lumen Motors delivered 104,000 vehicles in the third quarter, an increase of 8% on the same period last year, according to figures compiled by an industry data provider from registration statistics. Analysts had expected 110,000.",
]),
("The renovation of Vienna's Danube Tower will cost EUR 40 million.", L, [
"The renovation of Vienna's Danube Tower, one of the city's best-known landmarks, will cost EUR 40 million and take about two years, the operator said. The restaurant at the top will remain open during most of the works.",
"Die Stadt Wien beziffert die Kosten für die Sanierung des Donauturms auf 28 Millionen Euro. Die zuletzt in Medien genannte Summe von 40 Millionen Euro umfasse auch Investitionen in den umliegenden Donaupark, die nicht Teil des Projekts seien, sagte ein Sprecher.",
]),
("The temperature in Seville reached 46 degrees Celsius on Sunday.", L, [
"Spain sweltered through another day of extreme heat on Sunday, with the thermometer in Seville reaching 46 degrees Celsius, according to local media reports citing street thermometers.",
"Spain's state meteorological agency AEMET said the highest temperature recorded in Seville on Sunday was 44.6C, measured at the airport weather station. Temperatures above 44C were also recorded in Córdoba and Jaén.",
]),
("Orion Bank plans to cut 3,000 jobs.", L, [
"Orion Bank is preparing to cut about 3,000 jobs, or roughly 4% of its workforce, people familiar with the matter said, as it looks to lower costs in its consumer division.",
"Orion Bank said on Thursday it would eliminate 1,800 positions over the next 12 months, mainly in back-office functions. A spokesperson said reports of 3,000 job cuts were inaccurate.",
]),
("Gulfstar Petroleum's first-half profit fell 15%.", L, [
"Gulfstar Petroleum's net profit for the first half of the year fell 15% to $4.6 billion, a financial news agency reported, citing lower crude prices and weaker refining margins.",
"Gulfstar Petroleum reported first-half net income of $4.8 billion, down 11% from a year earlier, in its interim financial statements published on Monday. The company maintained its quarterly dividend.",
]),
("Is it true that the Thornbury bridge project is $300 million over budget?", L, [
"The Thornbury bridge replacement is now $300 million over budget, according to a leaked internal report seen by this newspaper, with completion pushed back to 2028.",
"The state transport agency said the Thornbury bridge project was $180 million over its original budget of $1.2 billion, not $300 million as reported. The agency blamed higher steel prices and design changes.",
]),
("Halcyon Software had 45,000 employees at the end of 2024.", L, [
"Halcyon Software employed about 45,000 people at the end of 2024, according to a company profile published by a business information service.",
"In its annual report, Halcyon Software said it had 41,200 full-time employees as of December 31, 2024, compared with 43,900 a year earlier, after a restructuring programme.",
]),
("Hamburg recorded 1.6 million overnight hotel stays in July.", L, [
"Hamburg recorded 1.6 million overnight stays in July, a record for the month, the city's tourism board said, citing strong demand from domestic visitors and concerts.",
"Die Hamburger Beherbergungsbetriebe meldeten im Juli 1,4 Millionen Übernachtungen, teilte das Statistikamt Nord mit. Das waren 2,1 Prozent mehr als im Juli des Vorjahres.",
]),
("The Champions League final drew a global TV audience of 450 million.", L, [
"UEFA said the Champions League final was watched by a global audience of 450 million people, making it one of the most-watched sporting events of the year.",
"Independent media analysts estimated the average live global TV audience for the Champions League final at about 180 million. Figures of 450 million, they said, count anyone who saw at least a few minutes of coverage, including highlights.",
]),
("Did Peru's copper output rise 5% in 2024?", L, [
"Peru's copper production rose 5% in 2024, a mining industry association said, as new projects in the south of the country reached full capacity.",
"Peru produced about 2.74 million tonnes of copper in 2024, up 0.5% from the previous year, according to final data from the energy and mines ministry.",
]),
("Greyhawk Airlines' load factor was 93% in August.", L, [
"Greyhawk Airlines flew 9.4 million passengers in August with a load factor of 93%, the airline said in its monthly traffic report.",
"Greyhawk Airlines' load factor in August was 89.5%, according to a corrected traffic statement released by the company on Friday, which said the earlier figure had included charter flights operated for tour companies.",
]),
("Kenya's economy grew 5.6% in 2023.", L, [
"Kenya's economy grew 5.6% in 2023, up from 4.9% in 2022, the Kenya National Bureau of Statistics said, driven by a rebound in agriculture after the end of a severe drought.",
"The International Monetary Fund estimates that Kenya's economy expanded by 5.0% in 2023. In its country report, the fund noted discrepancies in national accounts data and urged the authorities to strengthen statistical capacity.",
]),
("Did Tidewater Power's offshore wind farm cost $3.5 billion to build?", L, [
"Tidewater Power's 1.1-gigawatt offshore wind farm cost $3.5 billion to build, according to a regional business newspaper.",
"Tidewater Power said in a regulatory filing that the final construction cost of its offshore wind farm was $4.1 billion, about 20% more than originally budgeted, because of higher interest rates and supply-chain problems.",
]),
("Canada's unemployment rate rose to 6.4% in June.", L, [
"Canada's unemployment rate rose to 6.4% in June, the highest level in more than two years, Statistics Canada said, as the number of job seekers grew faster than employment.",
"Canada's jobless rate edged up to 6.2% in June from 6.1% in May, according to a report from a national broadcaster. The economy lost 1,400 jobs in the month.",
]),
("Munich Airport handled 41.6 million passengers in 2024.", L, [
"Munich Airport handled 41.6 million passengers in 2024, up 12% on the previous year, according to a report in an aviation trade publication.",
"Im Jahr 2024 fertigte der Münchner Flughafen 39,3 Millionen Passagiere ab, teilte die Flughafengesellschaft bei der Vorlage der Verkehrszahlen mit. Das Vorkrisenniveau von 2019 wurde damit weiterhin deutlich verfehlt.",
]),
("Westfield Dairy's chief executive earned $4.2 million last year.", L, [
"Westfield Dairy's chief executive received total compensation of $4.2 million last year, according to an analysis by a shareholder advisory group.",
"Westfield Dairy's proxy statement shows that its chief executive's total pay for last year was $3.1 million, including salary, bonus and share awards.",
]),
("Lantern Games' Montreal studio employs 600 people.", L, [
"Lantern Games' Montreal studio, which developed 'Ember Crown', employs 600 people, the company said when it announced the game.",
"Lantern Games' Montreal studio has about 450 staff after layoffs earlier this year, according to a local business newspaper that cited a company spokesperson.",
]),
("Vietnam's exports rose 15% in the first nine months of 2024.", L, [
"Vietnam's exports rose 15% in the first nine months of the year, driven by electronics and textiles, according to figures published by the trade ministry.",
"Vietnam's customs department said exports in January-September increased 11.5% from a year earlier, revising down earlier estimates from the statistics office.",
]),
("The toll on the new Bay Area bridge will be $9.", L, [
"Drivers crossing the new Bay Area bridge will pay a $9 toll, regional transport officials announced.",
"The toll on the new Bay Area bridge will be $8.50 for cars with an electronic tag, the bridge authority said on its website. Cash payments are not accepted.",
]),
("Atlas Freight's chief executive bought 100,000 shares of the company.", L, [
"Atlas Freight's chief executive bought 100,000 shares of the trucking company last week, a financial blog reported, describing the purchase as a strong vote of confidence.",
"A regulatory filing shows that Atlas Freight's chief executive purchased 10,000 shares of the company at an average price of $23.40 on Tuesday.",
]),
]
