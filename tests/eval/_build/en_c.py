L = "contradicted"
ITEMS = [
("Brightline Logistics' second-quarter revenue rose 11%.", L, [
"Brightline Logistics said second-quarter revenue increased 6% to $2.4 billion, held back by softer demand for freight brokerage. Operating income rose 11% to $218 million thanks to lower fuel costs and warehouse automation. The company trimmed its full-year revenue guidance but raised its margin target.",
]),
("UK inflation fell to 1.8% in May 2024.", L, [
"Annual consumer price inflation in the UK slowed to 2.0% in May from 2.3% in April, official figures showed, bringing it back to the Bank of England's target for the first time in almost three years. Core inflation, which strips out energy, food, alcohol and tobacco, eased to 3.5%. Economists had expected a headline reading of 2.0%.",
"The pound was little changed against the dollar after the release.",
]),
("Copperline Mining increased its copper output in 2023.", L, [
"Copperline Mining's copper production fell 3% to 394,000 tonnes in 2023, as heavy rains and a labour dispute disrupted operations in northern Chile. The miner said grades at its largest pit had also declined. Gold by-product output, by contrast, rose 6%. Chief executive Pablo Reyes said 2024 would be a 'year of recovery'.",
]),
("Did Germany's economy grow in 2023?", L, [
"German gross domestic product shrank 0.3% in 2023 after adjusting for prices, the Federal Statistical Office said, making Germany the weakest of the major euro zone economies. High energy prices, rising interest rates and weak foreign demand weighed on output. Private consumption fell 0.8%.",
]),
("Austrian lender Donaubank raised its dividend to EUR 2.50 per share.", L, [
"Die Donaubank senkt die Dividende für das abgelaufene Geschäftsjahr auf 1,80 Euro je Aktie, nach 2,50 Euro im Vorjahr. Grund seien höhere Risikovorsorgen für Gewerbeimmobilienkredite, teilte das Wiener Institut mit. Der Nettogewinn ging um 21 Prozent auf 640 Millionen Euro zurück.",
]),
("Norway's sovereign wealth fund lost money in the first half of 2024.", L, [
"Norway's sovereign wealth fund gained 8.6% in the first half of the year, equal to a profit of 1.48 trillion crowns, as technology shares soared. Stocks in the fund's portfolio returned 12.5%. Bonds were roughly flat, while its real estate holdings posted a loss of 2.1%. The fund is worth about $1.6 trillion.",
]),
("The Bank of Canada raised interest rates in June 2024.", L, [
"The Bank of Canada cut its key overnight rate by 25 basis points to 4.75% on June 5, becoming the first G7 central bank to begin an easing cycle. Governor Tiff Macklem said it was reasonable to expect further cuts if inflation continued to ease. The rate had been held at 5% since July 2023.",
]),
("Arcadia Telecom's postpaid phone churn rose to 1.1% in the second quarter.", L, [
"Arcadia Telecom said postpaid phone churn improved to 0.80% in the second quarter, from 1.1% a year earlier, as customers stayed on bundled plans that include streaming services. Total wireless net additions were 1.2 million. Service revenue rose 3.4%.",
]),
("Did Lumen Motors deliver 500,000 cars in 2024?", L, [
"Lumen Motors delivered 412,000 vehicles in 2024, falling short of its target of 500,000 as demand for electric vehicles cooled in Europe and price competition intensified in China. Fourth-quarter deliveries rose 4% to 118,000. The carmaker said it would launch two cheaper models next year.",
]),
("Vietnam is the world's largest coffee producer.", L, [
"Brazil remains by far the world's largest coffee producer, accounting for more than a third of global supply, followed by Vietnam, which dominates the market for robusta beans. Colombia and Indonesia rank third and fourth. Drought in both Brazil and Vietnam has pushed prices sharply higher this year.",
]),
("The S&P 500 fell in 2024.", L, [
"Wall Street closed out another strong year on Tuesday. The S&P 500 ended 2024 up 23.3%, adding to its 24.2% gain in 2023, despite a weak final week of trading. The index set 57 record closes during the year. The Dow Jones Industrial Average gained 12.9% and the Nasdaq Composite 28.6%.",
]),
("Is it true that Orion Bank's profit doubled in the third quarter?", L, [
"Orion Bank's net income rose 14% to $3.2 billion in the third quarter, beating analysts' estimates, as trading revenue climbed 20%. The bank set aside $1.4 billion for credit losses, up from $1.1 billion a year ago. Return on tangible common equity was 16%.",
]),
("Japan's economy expanded in the first quarter of 2024.", L, [
"Japan's economy shrank an annualized 2.0% in January-March, preliminary government data showed, as weak consumption and a production halt at several car plants weighed on activity. Private consumption declined for a fourth straight quarter, the longest losing streak since 2009. Exports fell 5%.",
]),
("German industrial orders rose in June.", L, [
"Der Auftragseingang im Verarbeitenden Gewerbe ist im Juni 2024 gegenüber dem Vormonat preis-, saison- und kalenderbereinigt um 1,6 Prozent gesunken, teilte das Statistische Bundesamt mit. Im Mai hatte es noch ein Plus von 3 Prozent gegeben. Ohne Großaufträge lag der Rückgang bei 0,7 Prozent.",
]),
("Solvex Energy's Texas solar farm will cost $1.2 billion.", L, [
"Solvex Energy expects its 600-MW solar farm near Abilene to cost about $780 million, including battery storage. The company has budgeted total capital expenditure of $1.2 billion this year across all its projects in North America. Commercial operation is scheduled for late 2026.",
]),
("Harlow Foods will keep its Leeds factory open.", L, [
"Harlow Foods is to close its factory in Leeds along with plants in Hull and Carlisle, putting 790 jobs at risk. The company said production would be consolidated at its two remaining sites in the Midlands. Unions have called for talks to save the Leeds plant, which has been operating since 1962.",
]),
("China's exports fell in May.", L, [
"China's exports grew 8.7% in May from a year earlier, official data showed, well above forecasts and the fastest pace since April 2023. Shipments of ships, steel and cars were especially strong. Imports rose 1.8%. Analysts warned that rising trade tensions with the U.S. and Europe could weigh on exports later in the year.",
]),
("Vantage Pharma's weight-loss drug won FDA approval in March.", L, [
"The U.S. Food and Drug Administration declined to approve Vantage Pharma's weight-loss injection in March, issuing a complete response letter that cited manufacturing deficiencies at a third-party plant. The agency did not request new clinical trials. Vantage said it expected to resubmit the application within six months.",
]),
("Australia's unemployment rate rose to 4.3% in June.", L, [
"Australia's unemployment rate held steady at 4.1% in June, while employment grew by 50,200, almost double what economists had forecast. Full-time jobs accounted for most of the increase. Markets pared bets on a rate cut by the Reserve Bank of Australia this year.",
"In New Zealand, the unemployment rate climbed to 4.3% in the first quarter.",
]),
("Did Greyhawk Airlines cancel more than 2,000 flights during the pilots' strike?", L, [
"Greyhawk Airlines scrapped about 1,150 flights over the three-day pilots' strike, affecting roughly 180,000 passengers, the airline said on Monday. It estimated the cost of the walkout at $45 million. Talks between management and the pilots' union are due to resume next week.",
]),
("Lisbon will host Tech Summit Europe in 2030.", L, [
"Organisers of Tech Summit Europe have picked Vienna as the host city for the 2030 edition, beating rival bids from Lisbon and Dublin. The Austrian capital promised a new conference centre and subsidised public transport tickets for attendees. The event drew 70,000 visitors last year.",
]),
("The European Commission fined Orbis Search EUR 2.4 billion.", L, [
"The European Commission fined Orbis Search EUR 1.2 billion on Tuesday for favouring its own advertising exchange. The penalty is smaller than the EUR 2.4 billion fine the Commission imposed on another search company in 2017 for promoting its own shopping service. Orbis said it would review the decision.",
]),
("Munich's Oktoberfest drew 7.2 million visitors in 2024.", L, [
"Rund 6,7 Millionen Besucherinnen und Besucher kamen 2024 auf die Wiesn, nach 7,2 Millionen im Vorjahr, teilte die Stadt München zum Abschluss des Oktoberfests mit. Ausgeschenkt wurden etwa 7 Millionen Maß Bier. Die Polizei zog eine überwiegend positive Bilanz.",
]),
("Mexico's central bank raised interest rates in March 2024.", L, [
"Banco de Mexico cut its benchmark interest rate by 25 basis points to 11.00% on March 21, its first reduction in more than three years, citing progress in the fight against inflation. Four of the five board members voted for the cut. The peso, which had been trading near its strongest level since 2015, weakened slightly.",
]),
("Fjordline Seafood's salmon exports to Europe rose 34%.", L, [
"Fjordline Seafood's salmon exports to Asia rose 34% in the first nine months, while shipments to Europe dipped 2% because of lower volumes to France and Spain. The company's harvest volume reached 320,000 tonnes. Operational EBIT climbed to NOK 2.8 billion.",
]),
("Ridgeline Steel has permanently shut its second blast furnace.", L, [
"Ridgeline Steel will restart its idled No. 2 blast furnace in October, the company said, reversing a decision made last year to mothball the unit during a price slump. Workers who were furloughed will be recalled over the summer. The restart will lift the company's steelmaking capacity to about 5 million tonnes a year.",
]),
("The Reserve Bank of India raised its repo rate to 6.75%.", L, [
"The Reserve Bank of India kept its repo rate unchanged at 6.50% for an eighth straight meeting, as expected by all economists polled. The central bank maintained its stance of 'withdrawal of accommodation'. It projected consumer inflation of 4.5% for the fiscal year.",
]),
("Has Canada's population topped 45 million?", L, [
"Canada's population reached 41,012,563 on April 1, 2024, Statistics Canada estimated, after growing by 242,673 people in the first quarter. Population growth has been driven almost entirely by immigration. The government has announced caps on the number of international students and temporary foreign workers.",
]),
("Quantix Labs' new quantum processor has 433 qubits.", L, [
"Quantix Labs has unveiled its newest processor, a 1,121-qubit chip dubbed 'Condor', at its annual developer conference. The company's previous flagship, launched last year, had 433 qubits. Quantix said future gains would come from error correction rather than sheer qubit counts.",
]),
("Coral Pacific Airways ordered 40 Airbus A321neo jets.", L, [
"Coral Pacific Airways has placed a firm order for 40 Boeing 737 MAX 8 aircraft, the carrier announced, opting to stay with an all-Boeing narrowbody fleet after evaluating the Airbus A321neo. Deliveries will run from 2027 to 2031. The deal is worth about $5.4 billion at list prices.",
]),
("Sweden's Riksbank raised its policy rate in May 2024.", L, [
"Sweden's Riksbank cut its key interest rate for the first time in eight years on May 8, lowering it by 25 basis points to 3.75%. Governor Erik Thedéen said inflation had fallen faster than expected. The bank signalled two further reductions in the second half of the year.",
]),
("The Swiss National Bank left interest rates unchanged in March 2024.", L, [
"Die Schweizerische Nationalbank hat im März überraschend den Leitzins um 0,25 Prozentpunkte auf 1,5 Prozent gesenkt. Sie ist damit die erste große Notenbank, die die Zinsen nach der Inflationswelle wieder senkt. Die Teuerung in der Schweiz liegt seit mehreren Monaten unter 2 Prozent.",
]),
("Atlas Freight returned to profit in the fourth quarter.", L, [
"Atlas Freight narrowed its fourth-quarter net loss to $38 million from $112 million a year earlier, helped by cost cuts. Revenue increased 4% to $1.26 billion. The company said it expects to return to profitability in the second half of this year if freight rates keep improving.",
]),
("Westfield Dairy processed 2.5 billion litres of milk in 2024.", L, [
"Westfield Dairy processed 2.1 billion litres of milk in 2024, down 5.8% from a year earlier, the company said in its annual report. Its plants have a combined capacity of 2.5 billion litres, leaving significant spare capacity. Revenue rose 3% to $4.6 billion on higher dairy prices.",
]),
("Arabica coffee prices fell to their lowest level since 1977.", L, [
"Arabica coffee futures surged to $3.44 a pound on Tuesday, the highest since 1977, as drought damaged Brazil's crop prospects. Robusta prices also climbed to record levels. Traders said speculative buying had amplified the move.",
]),
("Did Halcyon Software overtake Orbis Search as the world's most valuable software company?", L, [
"Halcyon Software's shares surged 18% after its latest earnings, lifting its market value to about $410 billion. That still leaves it far behind Orbis Search, which is valued at roughly $1.9 trillion and remains the most valuable company in the software and internet sector. Analysts said Halcyon's AI products were gaining traction.",
]),
("Peru's copper output fell in 2024.", L, [
"Peru's copper production rose 0.5% to about 2.74 million tonnes in 2024, the third consecutive annual increase, according to the energy and mines ministry. New mines in the south offset lower output at older operations. Zinc production, by contrast, declined.",
]),
("Crescent Bank's takeover of Harbor Savings is an all-cash deal.", L, [
"Crescent Bank will acquire Harbor Savings in an all-stock transaction valued at about $2.2 billion, with Harbor shareholders receiving 0.84 Crescent shares for each share held. No cash component is included. The deal is subject to regulatory approval.",
]),
("South Korea's fertility rate rose in 2023.", L, [
"South Korea's total fertility rate dropped to a record low of 0.72 in 2023 from 0.78 a year earlier, extending a decline that began in 2016. The government has announced new subsidies for parents and plans to create a ministry dedicated to population strategy.",
]),
("Polaris Satellite's first launch of 2025 failed.", L, [
"Polaris Satellite's first mission of 2025 successfully placed 12 broadband satellites into low Earth orbit on Saturday, the company said, after a two-day weather delay. All spacecraft have made contact with ground stations. Polaris plans three more launches this year, for a total of 48 satellites.",
]),
("German unemployment fell in June.", L, [
"Die Zahl der Arbeitslosen in Deutschland ist im Juni um 4.000 auf 2.727.000 gestiegen, teilte die Bundesagentur für Arbeit mit. Saisonbereinigt betrug der Anstieg 19.000. Die Arbeitslosenquote blieb bei 5,8 Prozent. Die Zahl der offenen Stellen sank weiter.",
]),
("Tokyo's core consumer inflation accelerated in April 2024.", L, [
"Core consumer prices in Tokyo rose 1.6% in April from a year earlier, slowing sharply from 2.4% in March, government data showed. The deceleration was partly due to the introduction of free high-school tuition in the capital. Excluding both fresh food and energy, prices rose 1.8%.",
]),
("Lantern Games has delayed 'Ember Crown' to 2026.", L, [
"Lantern Games released 'Ember Crown' on March 12 as planned, and the fantasy role-playing game sold more than five million copies in its first week. The studio has said it will release downloadable content in the autumn. Lantern's shares rose 9% after the sales figures were published.",
]),
("Is it true that Baytown Refinery processed 500,000 barrels per day in 2023?", L, [
"Baytown Refinery averaged crude throughput of 420,000 barrels per day in 2023, well below its nameplate capacity of 500,000 bpd, as a six-week maintenance shutdown in the spring cut runs. The refinery's utilisation rate was 84%. Its owner plans to invest $300 million in a low-carbon hydrogen unit.",
]),
("Vietnam's economy grew 6.5% in the third quarter of 2024.", L, [
"Vietnam's GDP expanded 7.40% year on year in the third quarter, the statistics office said, beating expectations despite the impact of Typhoon Yagi. Growth in the first nine months averaged 6.82%. The government aims for full-year growth of 6.5% to 7%.",
]),
]
