L = "unverified"
ITEMS = [
("Brightline Logistics will cut 1,000 jobs.", L, [
"Brightline Logistics posted first-quarter sales of $2.31 billion, up 11.4% from a year earlier. The company said it had signed two new warehouse contracts with grocery chains and would open a 1,000,000-square-foot distribution centre in Ohio next year. Brightline employs about 48,000 people worldwide.",
]),
("Did UK inflation fall to 2.0% in June 2024?", L, [
"UK consumer price inflation fell to 2.0% in May 2024 from 2.3% in April, the Office for National Statistics said. Services inflation stood at 5.7%. The ONS will publish June figures on 17 July, the day before the Bank of England's Monetary Policy Committee members begin their quiet period.",
]),
("Copperline Mining plans to open a new mine in Zambia.", L, [
"Copperline Mining said its copper output for 2023 totalled 394,000 tonnes. The company has set aside $150 million for exploration this year, most of it in Chile and Argentina. It is also studying an expansion of its smelter in Antofagasta.",
"Zambia's government wants to triple copper output to 3 million tonnes a year by 2031 and has been courting foreign investors.",
]),
("Kornfeld Mühlen will hire 120 workers for its new Regensburg mill.", L, [
"Die Kornfeld Mühlen GmbH will im Regensburger Hafen für rund 150 Millionen Euro ein neues Mühlenwerk errichten. Die Anlage soll jährlich bis zu 500.000 Tonnen Getreide verarbeiten. Die Bauarbeiten sollen im Frühjahr beginnen, die Inbetriebnahme ist für 2027 geplant. Das Familienunternehmen betreibt bereits fünf Mühlen in Süddeutschland.",
]),
("Did Norway's sovereign wealth fund gain more than 10% in the third quarter of 2024?", L, [
"Norway's sovereign wealth fund returned 8.6% in the first half of 2024, equivalent to a profit of 1.48 trillion crowns. Equity investments gained 12.5% over the six months. The fund will report its results for the July-September period on October 22.",
]),
("The Federal Reserve will cut interest rates again in December.", L, [
"The Federal Reserve lowered the federal funds rate by half a percentage point in September. Chair Jerome Powell said future decisions would depend on incoming data and that the committee was not on a preset course. The central bank's next two meetings are scheduled for November and December.",
]),
("Arcadia Telecom will raise prices for its unlimited plans by $5 a month.", L, [
"Arcadia Telecom reported total net wireless additions of 1.2 million in the second quarter, helped by promotions bundling streaming services with its unlimited plans. Service revenue rose 3.4% to $16.1 billion. Asked about pricing on a call with analysts, chief executive Mark Dalton declined to comment.",
]),
("Hybrid cars accounted for 30% of new EU car registrations in the first half of 2024.", L, [
"Hybrid-electric cars captured 25.8% of the EU new-car market in 2023, up from 22.6% in 2022, according to the European Automobile Manufacturers' Association. Battery-electric models held a 14.6% share. The association will publish its half-year figures for 2024 in late July.",
]),
("Solvex Energy has signed a power purchase agreement with a data-centre operator.", L, [
"Solvex Energy has broken ground on a 600-MW solar plant near Abilene, Texas. Most of the output will be sold to a local utility under a 15-year contract. Data centres are driving a surge in electricity demand across the state, according to the grid operator.",
]),
("Japan's Nikkei 225 fell below 35,000 in August 2024.", L, [
"Japan's Nikkei share average closed above 40,000 for the first time on March 4, 2024, at 40,109.23. The index had surpassed its 1989 record in February, helped by strong corporate earnings, a weak yen and governance reforms. Foreign investors were net buyers of Japanese shares for most of the first quarter.",
]),
("Is Harlow Foods planning to sell its frozen food division?", L, [
"Harlow Foods plans to close three UK factories in Leeds, Hull and Carlisle, affecting 790 jobs. The ready-meals maker said production would be concentrated at its remaining sites in the Midlands. Its frozen desserts range, launched last year, has grown faster than expected, the company said.",
]),
("China's imports rose 1.9% in June.", L, [
"China's exports grew 8.7% year on year in May, while imports rose 1.8%, customs data showed. The trade surplus widened to $82.6 billion. Economists said weak domestic demand continued to weigh on imports of consumer goods.",
]),
("Skyforge will build a drone factory in Lithuania.", L, [
"Das Münchner Drohnen-Start-up Skyforge hat in einer Finanzierungsrunde 75 Millionen Euro eingesammelt. Mit dem Geld will das Unternehmen die Forschung ausbauen und nach Großbritannien expandieren. Derzeit beschäftigt Skyforge rund 140 Mitarbeiter.",
"Litauen hat in diesem Jahr mehrere Investitionen von Rüstungsfirmen angezogen, darunter eine Munitionsfabrik eines deutschen Konzerns.",
]),
("The S&P 500 gained 5% in January 2025.", L, [
"The S&P 500 rose 23.3% in 2024, after a 24.2% gain in 2023, marking the first back-to-back annual gains above 20% since the late 1990s. Strategists at several banks expect more modest returns in 2025, with year-end targets clustered around 6,500.",
]),
("Vantage Pharma plans to price its weight-loss drug at $1,000 a month.", L, [
"Vantage Pharma said participants in its late-stage study lost 15.2% of their body weight on average over 68 weeks. The company plans to file for approval in the United States and Europe by the end of the year. Existing weight-loss drugs on the U.S. market carry list prices of roughly $1,000 to $1,350 a month.",
]),
("Australia's wage growth slowed to 3.5% in the second quarter.", L, [
"Australia's unemployment rate was unchanged at 4.1% in June, with employment rising by 50,200. The participation rate increased to 66.9%. The Reserve Bank of Australia has kept its cash rate at 4.35% since November.",
]),
("Orion Bank's investment banking fees rose 20% in the third quarter.", L, [
"Orion Bank's net income rose 14% to $3.2 billion in the third quarter. Trading revenue climbed 20%, led by fixed income, currencies and commodities. The bank set aside $1.4 billion for credit losses. Chief executive Diane Ross said consumers remained resilient.",
]),
("Kenya's inflation eased to 3.6% in September.", L, [
"The Central Bank of Kenya lowered its benchmark rate by 75 basis points to 12.00% in October, its second consecutive cut. Annual inflation stood at 2.7% in October, the lowest in more than a decade, according to the Kenya National Bureau of Statistics. The shilling has been stable against the dollar this year.",
]),
("Global investment in clean energy will reach $2 trillion in 2024.", L, [
"Investment in clean energy technologies reached about $1.8 trillion in 2023, according to International Energy Agency estimates. Solar photovoltaics attracted more investment than all other generation technologies combined. The agency expects spending on fossil fuels to rise slightly this year.",
]),
("Did Pioneer Rail's new high-speed line carry 1 million passengers in its first month?", L, [
"Pioneer Rail's new high-speed service has cut the journey between the two cities to 1 hour 52 minutes. The operator said more than 1 million people had downloaded its booking app since the line opened. Pioneer Rail will increase the number of daily round trips from 16 to 24 next spring.",
]),
("Lantern Games will release a sequel to 'Ember Crown' in 2026.", L, [
"Lantern Games said 'Ember Crown' shifted over five million units within seven days of launch. Concurrent players on PC peaked at 610,000. The studio is currently hiring for an unannounced project at its Montreal office.",
]),
("Swiss watch exports to China fell 25% in the first half of the year.", L, [
"Die Schweizer Uhrenexporte in die Vereinigten Staaten stiegen im ersten Halbjahr um 5 Prozent auf 2,3 Milliarden Franken. Insgesamt sanken die Ausfuhren um 2 Prozent. Der Verband der Schweizerischen Uhrenindustrie verwies auf die schwache Nachfrage in Asien, nannte aber keine Zahlen für einzelne asiatische Märkte.",
]),
("Greyhawk Airlines will add 12 new routes this winter.", L, [
"Greyhawk Airlines flew 9.4 million passengers in August, its busiest month ever. The carrier's load factor reached 93%. Greyhawk operates a fleet of 212 aircraft from 12 bases across Europe.",
]),
("Italy's budget deficit fell to 3.4% of GDP in 2024.", L, [
"Italy's public debt rose to a record EUR 2.87 trillion at the end of March, Bank of Italy data showed. The deficit for 2023 came in at 7.2% of gross domestic product, inflated by the cost of building-renovation tax credits. The European Commission has opened an excessive deficit procedure against Rome.",
]),
("Renewables supplied more than 40% of the EU's electricity in 2023.", L, [
"Renewable sources generated 30.3% of the world's electricity in 2023, up from 29.4% the year before, according to think tank Ember. Solar was the fastest-growing source. China accounted for more than half of the global increase in solar generation.",
]),
("Brookvale Homes' average selling price rose 4% in fiscal 2024.", L, [
"Brookvale Homes said completions rose 9% to 3,215 units in the year to June 2024. Pre-tax profit fell 4% to £286 million, hit by build-cost inflation and remediation costs. The housebuilder's forward order book stood at £1.1 billion.",
]),
("Nordic Paper will cut 300 jobs in Sundsvall.", L, [
"Nordic Paper plans to convert its Sundsvall mill from newsprint to packaging board at a cost of SEK 2 billion. The mill employs about 300 people. The company said the conversion would take two years to complete.",
]),
("Veltrano is recalling cars in the United States over brake problems.", L, [
"Veltrano ruft weltweit rund 120.000 Fahrzeuge wegen möglicherweise fehlerhafter Airbags zurück. Betroffen sind Modelle der Baujahre 2021 bis 2023. Die Halter werden schriftlich informiert, die Reparatur dauert etwa eine Stunde.",
]),
("Did the euro zone economy grow 0.4% in the second quarter of 2024?", L, [
"Euro area GDP increased by 0.3% in the first quarter of 2024 compared with the previous quarter, Eurostat said, after a 0.1% contraction in the final quarter of 2023. Employment rose 0.3%. Eurostat will publish its preliminary flash estimate for the second quarter at the end of July.",
]),
("Halcyon Software will buy back $5 billion of its shares.", L, [
"Halcyon Software stock surged 18% in after-hours trading after the company reported quarterly revenue of $5.9 billion and raised its forecast for annual recurring revenue. The company ended the quarter with $14 billion in cash and short-term investments.",
]),
("Tidewater Power's offshore wind farm has 88 turbines.", L, [
"Tidewater Power's 1.1-gigawatt offshore wind farm off the coast of Virginia started commercial operations on June 14. The project will supply enough power for about 400,000 homes. Its operations and maintenance base in Norfolk employs 88 full-time technicians.",
]),
("India's consumer inflation eased to 4.8% in May.", L, [
"The Reserve Bank of India kept its repo rate at 6.50% for the eighth straight meeting. The central bank projected consumer price inflation of 4.5% for the fiscal year 2024-25 and raised its growth forecast to 7.2%.",
]),
("Westfield Dairy will close its Somerset plant.", L, [
"Westfield Dairy processed 2.1 billion litres of milk in 2024, down 5.8% from a year earlier. Revenue rose 3% to $4.6 billion. The company operates nine processing plants, including sites in Somerset, Cheshire and Wisconsin.",
]),
("Ostwind Media's advertising revenue fell 12% last year.", L, [
"Ostwind Media will in der Hamburger Zentrale 250 Verwaltungsstellen abbauen. Das Digitalgeschäft des Medienkonzerns wuchs im vergangenen Jahr um 12 Prozent, konnte die Rückgänge im Printbereich aber nicht ausgleichen. Genaue Zahlen zum Anzeigengeschäft nannte das Unternehmen nicht.",
]),
("Nvidia's quarterly revenue exceeded $30 billion.", L, [
"Nvidia's market capitalisation topped $3 trillion for the first time on June 5, 2024, making it only the third company to reach that milestone. The chipmaker announced a ten-for-one stock split in May. Its shares have more than doubled this year.",
]),
("Analysts expect arabica coffee prices to reach $4 a pound next year.", L, [
"Arabica coffee futures climbed to $3.44 a pound, the highest level since 1977, amid concerns about Brazil's next crop. Prices have risen about 70% this year. Several large roasters have announced price increases for consumers.",
]),
("Is Redwood Insurance planning to stop writing homeowners policies in Florida?", L, [
"Redwood Insurance raised its full-year operating profit guidance to $2.4 billion to $2.6 billion after a benign hurricane season so far. The combined ratio improved to 91.5% in the second quarter. Several other insurers have reduced their exposure to coastal property risks in recent years.",
]),
("Canada's population growth slowed in 2024.", L, [
"Canada's population increased by 1,271,872 people in 2023, the highest annual growth rate since 1957, Statistics Canada said. Nearly all of the increase came from international migration. The country's population stood at 40.77 million on January 1, 2024.",
]),
("Polaris Satellite will start offering its broadband service in Brazil in 2026.", L, [
"Polaris Satellite plans four launches in 2025 carrying a total of 48 spacecraft. Its broadband service is currently available in 14 countries, mainly in Europe and North America. The company has applied for landing rights in several Latin American markets.",
]),
("Ridgeline Steel's workforce will grow by 400 people.", L, [
"Ridgeline Steel will bring its idled No. 2 blast furnace back into operation in October. The furnace has an annual capacity of about 2.4 million tonnes. It was taken offline last year during a slump in steel prices.",
]),
("EU gas storage reached 95% in October 2024.", L, [
"European Union gas storage facilities were 90.4% full on August 18, meeting the bloc's 90% target more than two months before the November 1 deadline. Germany's storage sites were 92% full at the time. Injections typically continue until October.",
]),
("Fjordline Seafood's chief executive will step down at the end of the year.", L, [
"Fjordline Seafood said its salmon exports to Asian markets climbed 34% in the first nine months. Operational EBIT rose to NOK 2.8 billion. The company will hold a capital markets day in November, where management will present new targets for 2027.",
]),
("Germany's ifo business climate index fell in June.", L, [
"Der ifo Geschäftsklimaindex ist im Mai auf 89,4 Punkte gestiegen, nach 89,3 Punkten im April. Die Unternehmen waren etwas zufriedener mit den laufenden Geschäften, die Erwartungen trübten sich jedoch leicht ein. Die nächste Veröffentlichung ist für den 24. Juni geplant.",
]),
("Orbis Search will appeal the European Commission's fine.", L, [
"The European Commission fined Orbis Search EUR 1.2 billion for abusing its dominant position in online advertising technology. Orbis Search said it disagreed with the decision and was reviewing its options. Companies have two months and ten days to lodge an appeal with the EU's General Court.",
]),
("Did Hartmann & Reed's annual profit rise 12%?", L, [
"Hartmann & Reed will pay a special dividend of 50p per share after selling its testing division. Revenue grew 12% to £1.9 billion, driven by demand for its pumps and valves from the water industry. The ordinary final dividend was raised 5% to 21p.",
]),
("South Korea's population fell for the fifth consecutive year in 2024.", L, [
"South Korea's total fertility rate dropped to 0.72 in 2023 from 0.78 a year earlier. The number of births fell 7.7% to about 230,000, while deaths totalled roughly 352,000. The government plans to set up a new ministry to tackle the demographic crisis.",
]),
("Coral Pacific Airways will start flights to Honolulu in March.", L, [
"Coral Pacific Airways has placed a firm order for 40 Boeing 737 MAX 8 aircraft, with deliveries from 2027. The airline currently operates 64 aircraft on routes across the western Pacific. It carried 11.2 million passengers last year.",
]),
("Sweden's inflation fell to 2.3% in April 2024.", L, [
"The Riksbank lowered its policy rate by a quarter of a percentage point to 3.75% on May 8. CPIF inflation, the central bank's target measure, was 2.2% in March. The bank said it expected to cut two more times in the second half of the year.",
]),
("Atlas Freight will merge with Meridian Cargo.", L, [
"Atlas Freight reported a net loss of $38 million in the fourth quarter, narrower than a year earlier. Revenue rose 4% to $1.26 billion.",
"Meridian Cargo posted record annual revenue of $3.1 billion and said it would expand its cross-border trucking business with Mexico.",
]),
("Quantix Labs' quantum chip was manufactured at a plant in Dresden.", L, [
"Quantix Labs unveiled its 1,121-qubit 'Condor' processor at a developer conference. The company said the focus would now shift from adding qubits to reducing error rates.",
"Sachsen Silicon has opened a new 300-millimetre chip plant in Dresden, creating 1,000 jobs. The facility will produce microcontrollers for the automotive industry.",
]),
]
