L = "supported"
ITEMS = [
("Did Brightline Logistics grow revenue by more than 10% in the first quarter?", L, [
"Brightline Logistics posted first-quarter sales of $2.31 billion, up 11.4% from $2.07 billion a year earlier, as contract logistics volumes recovered in North America. Adjusted earnings per share came in at 94 cents, beating the consensus estimate of 88 cents. The company reiterated its full-year outlook and said it had signed two new warehouse contracts with grocery chains.",
"Trucking stocks rallied on Thursday after freight volumes data suggested the industry's long downturn may be bottoming out.",
]),
("UK inflation fell to 2.0% in May 2024.", L, [
"The Consumer Prices Index rose by 2.0% in the 12 months to May 2024, down from 2.3% in the 12 months to April, the Office for National Statistics said. It was the first time since July 2021 that the rate had been at the Bank of England's target. Services inflation, closely watched by policymakers, remained stubborn at 5.7%. Food price inflation eased to 1.7%.",
]),
("Bavarian milling company Kornfeld Mühlen will invest EUR 150 million in a new mill in Regensburg.", L, [
"Die Kornfeld Mühlen GmbH will im Regensburger Hafen ein neues Mühlenwerk errichten und dafür rund 150 Millionen Euro ausgeben. Es ist die größte Einzelinvestition in der über hundertjährigen Firmengeschichte. Die Anlage soll jährlich bis zu 500.000 Tonnen Getreide verarbeiten, vor allem Weizen aus Ostbayern. Die Bauarbeiten sollen im Frühjahr beginnen.",
]),
("Norway's sovereign wealth fund returned 8.6% in the first half of 2024.", L, [
"Norway's $1.6 trillion sovereign wealth fund made a profit of 1.48 trillion crowns in the first six months of the year, driven by a rally in technology stocks. The fund's return for the period was 8.6%, which was 0.1 percentage point below its benchmark index. Equity investments gained 12.5%, while fixed income returned minus 0.1%. Unlisted real estate lost 2.1%.",
"The fund, one of the world's largest investors, owns on average 1.5% of every listed company globally.",
]),
("Copperline Mining produced nearly 400,000 tonnes of copper in 2023.", L, [
"Copperline Mining said its copper output for 2023 totalled 394,000 tonnes, at the lower end of its guidance range, after heavy rains disrupted operations at its flagship mine in the Atacama region for several weeks. Gold production, a by-product, rose 6% to 310,000 ounces. The company expects copper output of 400,000 to 420,000 tonnes in 2024 as a new concentrator ramps up.",
]),
("The Federal Reserve cut its benchmark interest rate by half a percentage point in September 2024.", L, [
"The Federal Reserve lowered the federal funds rate by 50 basis points to a range of 4.75% to 5.00% at the conclusion of its September 17-18 meeting, its first reduction since March 2020. Fed governor Michelle Bowman dissented in favour of a smaller, quarter-point cut. Policymakers' projections pointed to another half point of cuts by the end of the year.",
"Stocks on Wall Street swung between gains and losses after the decision, and the S&P 500 ended the day slightly lower.",
]),
("Arcadia Telecom added 1.2 million wireless subscribers in the second quarter.", L, [
"Arcadia Telecom reported total net wireless additions of 1.2 million in the April-June period, helped by promotions bundling streaming services with its unlimited plans. Service revenue rose 3.4% to $16.1 billion. The carrier also added 410,000 fixed wireless broadband customers, bringing that business to 5.8 million accounts. Capital expenditure fell 9% as the 5G network build-out neared completion.",
]),
("Germany's exports fell 1.2% in April from the previous month.", L, [
"Die deutschen Exporte sind im April 2024 gegenüber dem Vormonat kalender- und saisonbereinigt um 1,2 Prozent gesunken, teilte das Statistische Bundesamt mit. Die Importe nahmen um 1,7 Prozent ab. In die Vereinigten Staaten wurden Waren im Wert von 13,3 Milliarden Euro exportiert. Der Außenhandelsüberschuss lag bei 22,1 Milliarden Euro.",
"Der Auftragseingang in der Industrie entwickelte sich im April ebenfalls schwach. Ökonomen rechnen nicht mit einer schnellen Erholung.",
]),
("Hybrid cars made up more than a quarter of new car registrations in the EU in 2023.", L, [
"New car registrations in the European Union rose 13.9% in 2023 to 10.5 million units, the European Automobile Manufacturers' Association said. Hybrid-electric cars expanded their market share to 25.8%, overtaking diesel by a wide margin. Battery-electric vehicles accounted for 14.6% of the total, while petrol cars remained the most popular choice with 35.3%.",
]),
("Solvex Energy's new solar farm in Texas will have a capacity of 600 megawatts.", L, [
"Solvex Energy has broken ground on a solar plant near Abilene, Texas. The 600-MW project, one of the largest in the state, is expected to begin commercial operation in late 2026 and will sell most of its output to a local utility under a 15-year contract. Solvex said it had secured tax-equity financing for the project but did not disclose terms.",
"Texas added more solar capacity than any other U.S. state last year, according to industry data.",
]),
("Is it true that Japan's Nikkei 225 closed above 40,000 for the first time in March 2024?", L, [
"Japan's Nikkei share average ended at 40,109.23 on Monday, March 4, the first time it had closed above the 40,000 mark, extending a rally fuelled by strong corporate earnings and foreign inflows. Chip-related stocks such as Tokyo Electron led the gains. The index had broken its 1989 bubble-era record only in February.",
]),
("Harlow Foods will close three UK factories, affecting about 800 jobs.", L, [
"Harlow Foods has confirmed plans to shut three of its UK production sites, in Leeds, Hull and Carlisle, by the end of next year. A total of 790 employees work at the three plants, the ready-meals maker said, adding that some would be offered roles at its remaining facilities. The GMB union called the decision 'a hammer blow' for the communities affected.",
]),
("China's exports rose 8.7% in May from a year earlier.", L, [
"China's outbound shipments grew 8.7% year on year in May, beating forecasts for a 6% rise and accelerating from 1.5% in April, customs data showed on Friday. Imports rose just 1.8%, missing expectations. The trade surplus widened to $82.6 billion. Exports to the European Union and Southeast Asia increased, while shipments to the United States were little changed.",
]),
("Munich-based drone maker Skyforge raised EUR 75 million in a funding round.", L, [
"Das Münchner Drohnen-Start-up Skyforge hat in einer Finanzierungsrunde 75 Millionen Euro eingesammelt. Zu den Investoren gehören ein US-Wagniskapitalgeber und ein deutscher Familienkonzern. Skyforge entwickelt autonome Drohnen zur Inspektion von Stromleitungen und Windrädern. Mit dem Geld will das Unternehmen unter anderem nach Großbritannien expandieren.",
]),
("The S&P 500 gained more than 20% in 2024 for the second consecutive year.", L, [
"The S&P 500 rose 23.3% in 2024, after a 24.2% gain in 2023, marking back-to-back annual gains above 20% for the first time since 1997-1998. Technology and communication services stocks led the advance, with a handful of megacap companies accounting for roughly half of the index's return. The Nasdaq Composite climbed 28.6% over the year.",
]),
("Vantage Pharma's weight-loss drug reduced body weight by an average of 15% in a phase 3 trial.", L, [
"Vantage Pharma said participants in its late-stage study lost 15.2% of their body weight on average over 68 weeks on the highest dose of its once-weekly injection, compared with 2.4% on placebo. The most common side effects were nausea and diarrhoea, mostly mild to moderate. The company plans to file for approval in the United States and Europe by the end of the year.",
]),
("Australia's unemployment rate held at 4.1% in June.", L, [
"The Australian jobless rate was unchanged at 4.1 per cent in June, the Australian Bureau of Statistics said, as employment rose by a stronger-than-expected 50,200. The participation rate increased to 66.9 per cent, close to a record high. Economists said the data did little to alter expectations that the Reserve Bank would keep rates on hold.",
]),
("Orion Bank set aside $1.4 billion for credit losses in the third quarter.", L, [
"Orion Bank's provision for credit losses rose to $1.4 billion in the third quarter from $1.1 billion a year earlier, reflecting higher charge-offs in its credit card portfolio. Net income increased 14% to $3.2 billion. Trading revenue rose 20%, while investment banking fees climbed 11%. Chief executive Diane Ross said consumers remained 'resilient, but more selective'.",
]),
("Did Kenya's central bank cut its key interest rate to 12%?", L, [
"The Central Bank of Kenya lowered its benchmark rate by 75 basis points to 12.00% on Tuesday, its second cut in a row, saying inflation was expected to remain below the midpoint of its target range. The move was larger than most analysts had expected. The bank also lowered the cash reserve ratio for commercial lenders.",
]),
("Austria's economy contracted by 0.8% in 2023.", L, [
"Die österreichische Wirtschaftsleistung ist im Jahr 2023 real um 0,8 Prozent geschrumpft, wie die Statistik Austria mitteilte. Vor allem die Industrie und der Bau litten unter der schwachen Nachfrage und den hohen Zinsen. Der private Konsum stagnierte. Für 2024 erwarten die Wirtschaftsforscher nur eine leichte Erholung.",
]),
("Global investment in clean energy exceeded $1.7 trillion in 2023.", L, [
"Investment in clean energy technologies reached about $1.8 trillion in 2023, according to International Energy Agency estimates, outpacing spending on fossil fuels by a ratio of roughly 1.7 to 1. Solar photovoltaics attracted more investment than all other electricity generation technologies combined. China accounted for the largest share, followed by the European Union and the United States.",
"Oil and gas upstream investment is expected to rise 7% this year to around $570 billion.",
]),
("Pioneer Rail's new high-speed line has cut the travel time between the two cities to under two hours.", L, [
"Passengers on Pioneer Rail's new high-speed service are now completing the journey in 1 hour 52 minutes, compared with nearly three hours on the old conventional line. The trains reach speeds of up to 300 km/h on the main section. Pioneer Rail said it would increase frequencies from 16 to 24 daily round trips next spring.",
]),
("Lantern Games sold 5 million copies of 'Ember Crown' in its first week.", L, [
"Lantern Games said its fantasy role-playing game 'Ember Crown' shifted over five million units within seven days of launch, making it the fastest-selling title in the studio's history. Concurrent players on the PC version peaked at 610,000. The company's shares rose 9% in Tokyo, where they are also listed.",
]),
("Mexico overtook China as the largest source of U.S. imports in 2023.", L, [
"Mexico became the top exporter of goods to the United States in 2023, supplying $475.6 billion worth of products, according to Commerce Department data. Imports from China fell 20% to $427.2 billion, the lowest level in a decade, as tariffs and supply-chain shifts took effect. Canada ranked third. It was the first time in more than 20 years that Mexico held the top position.",
]),
("Swiss watch exports to the United States rose 5% in the first half of the year.", L, [
"Die Schweizer Uhrenexporte in die Vereinigten Staaten legten im ersten Halbjahr um 5 Prozent zu und erreichten 2,3 Milliarden Franken, teilte der Verband der Schweizerischen Uhrenindustrie mit. Insgesamt sanken die Ausfuhren dagegen um 2 Prozent, vor allem wegen der schwachen Nachfrage aus China und Hongkong.",
]),
("Greyhawk Airlines carried a record 9.4 million passengers in August.", L, [
"Greyhawk Airlines flew 9.4m passengers in August, its busiest month ever, with a load factor of 93%. The low-cost carrier said demand for late-summer holidays to southern Europe remained strong despite higher fares. It cancelled 0.3% of its scheduled flights during the month because of air traffic control strikes in France.",
]),
("Has Italy's public debt exceeded 2.8 trillion euros?", L, [
"Italy's public debt rose to a record EUR 2.87 trillion at the end of March, up from EUR 2.85 trillion in February, Bank of Italy data showed on Tuesday. The government expects the debt-to-GDP ratio to climb over the next two years as the cost of building-renovation tax credits weighs on public finances.",
]),
("Renewables supplied about 30% of global electricity in 2023.", L, [
"Renewable sources generated 30.3% of the world's electricity in 2023, up from 29.4% the year before, according to think tank Ember's annual global electricity review. Solar was the fastest-growing source for the 19th year in a row. Hydropower output fell to a five-year low because of droughts in China and other countries, partly offsetting the gains from wind and solar.",
]),
("Brookvale Homes completed about 3,200 homes in fiscal 2024, an increase of 9%.", L, [
"Brookvale Homes said completions rose 9% to 3,215 units in the year to June 2024, as demand for starter homes held up despite higher mortgage rates. The average selling price edged up to £312,000. Pre-tax profit fell 4% to £286 million, hit by build-cost inflation and the cost of fixing fire-safety defects on older apartment blocks.",
]),
("Nordic Paper will spend SEK 2 billion converting its Sundsvall mill.", L, [
"Nordic Paper plans to convert its Sundsvall mill from newsprint to packaging board, a project that will cost SEK 2bn and take two years to complete. The mill employs about 300 people, and the company said no job cuts were planned. Demand for newsprint in Europe has fallen by more than half over the past decade.",
]),
("Veltrano is recalling about 120,000 vehicles because of faulty airbags.", L, [
"Veltrano ruft weltweit rund 120.000 Fahrzeuge wegen möglicherweise fehlerhafter Airbags in die Werkstätten zurück. Betroffen sind Modelle der Baujahre 2021 bis 2023. Bei einem Unfall könne sich der Beifahrer-Airbag verspätet öffnen, teilte das Kraftfahrt-Bundesamt mit. Verletzte seien bislang nicht bekannt.",
]),
("The euro zone economy grew 0.3% in the first quarter of 2024.", L, [
"Gross domestic product in the euro area increased by 0.3% quarter on quarter in the first three months of 2024, after contracting by 0.1% in the fourth quarter of 2023, Eurostat said. It was the strongest growth in a year and a half. Among the largest economies, Spain grew 0.7%, Italy 0.3% and Germany 0.2%. Employment rose 0.3%.",
]),
("Did Halcyon Software's shares jump more than 15% after it reported earnings?", L, [
"Halcyon Software stock surged 18% in after-hours trading on Tuesday after the company reported quarterly revenue of $5.9 billion, ahead of Wall Street estimates, and raised its forecast for annual recurring revenue. Subscription sales for its AI-powered analytics tools doubled. The shares had fallen about 10% so far this year before the report.",
]),
("Tidewater Power's offshore wind farm began commercial operation in June.", L, [
"Tidewater Power said its 1.1-gigawatt offshore wind farm off the coast of Virginia started commercial operations on June 14, after the last of its turbines was connected to the grid in May. The project will supply enough electricity for about 400,000 homes. Construction costs rose sharply during the build because of higher interest rates and supply-chain problems.",
]),
("India's central bank kept its repo rate unchanged at 6.5% for the eighth straight meeting.", L, [
"The Reserve Bank of India left its key repo rate at 6.50% on Friday, the eighth consecutive policy meeting without a change, as food inflation remained elevated. Two of the six monetary policy committee members voted for a 25-basis-point cut. The central bank raised its GDP growth forecast for the fiscal year to 7.2% from 7%.",
]),
("Westfield Dairy processed about 6% less milk in 2024 than a year earlier.", L, [
"Westfield Dairy's volumes of milk processed fell 5.8% to 2.1 billion litres in 2024, as farmers reduced herd sizes after a wet spring and cooperatives diverted supply to cheese makers. Revenue nonetheless rose 3% to $4.6 billion thanks to higher prices for butter and milk powder. The company's plants have a combined capacity of 2.5 billion litres a year.",
]),
("Ostwind Media will cut 250 administrative jobs.", L, [
"Ostwind Media reagiert auf sinkende Werbeerlöse mit einem Sparprogramm. Von den derzeit 1.250 Stellen in der Verwaltung der Hamburger Zentrale sollen in den kommenden zwei Jahren 250 wegfallen. Betriebsbedingte Kündigungen sollen möglichst vermieden werden. Das Digitalgeschäft wuchs im vergangenen Jahr um 12 Prozent.",
]),
("Nvidia's market value surpassed $3 trillion for the first time in June 2024.", L, [
"Nvidia's market capitalisation topped $3 trillion on Wednesday, June 5, for the first time, as investors continued to bet on demand for its artificial-intelligence chips, making it only the third company to reach that milestone after Microsoft and Apple. The chipmaker's shares have more than doubled this year. It announced a ten-for-one stock split last month.",
]),
("Arabica coffee prices hit their highest level since 1977.", L, [
"Arabica coffee futures climbed to $3.44 a pound in New York on Tuesday, a level not seen since 1977, as concerns about next year's crop in Brazil intensified after months of drought. Prices have risen about 70% this year. Roasters have started passing on higher costs to consumers, with several large brands announcing price increases.",
"Cocoa prices also remain elevated, trading near $9,000 a tonne.",
]),
("Did Redwood Insurance raise its full-year profit target?", L, [
"Redwood Insurance now expects full-year operating profit of $2.4 billion to $2.6 billion, up from its earlier guidance of $2.1 billion to $2.3 billion, after a benign hurricane season so far and higher investment income. The insurer's combined ratio improved to 91.5% in the second quarter. Shares rose 6% in early trading.",
]),
("Canada's population grew by more than 1 million people in 2023.", L, [
"Canada's population increased by 1,271,872 people in 2023, Statistics Canada said, the highest annual growth rate since 1957. Nearly all of the increase came from international migration, in particular temporary residents such as students and foreign workers. The country's population stood at 40.77 million on January 1, 2024.",
]),
("Austrian steelmaker Kalmstahl posted an operating loss of EUR 85 million in the second quarter.", L, [
"Der österreichische Stahlhersteller Kalmstahl ist im zweiten Quartal operativ mit 85 Millionen Euro in die roten Zahlen gerutscht, nach einem Gewinn von 40 Millionen Euro ein Jahr zuvor. Der Umsatz sank um 13 Prozent auf 1,9 Milliarden Euro. Das Management kündigte ein Sparprogramm an.",
"Europäische Stahlhersteller leiden unter der schwachen Nachfrage aus der Bau- und Autoindustrie sowie unter Billigimporten.",
]),
("Polaris Satellite plans to launch 48 satellites in 2025.", L, [
"Polaris Satellite said it plans four launches in 2025 carrying a total of 48 spacecraft, which would bring its constellation to more than 200 satellites in orbit. The company has contracted launch capacity from two providers. Its broadband service is currently available in 14 countries.",
]),
("U.S. retail sales rose 0.4% in March.", L, [
"Retail sales increased 0.4% in March, the Commerce Department said, slightly above economists' expectations, after a downwardly revised 0.5% rise in February. Sales at gasoline stations and online retailers were strong, while receipts at furniture stores declined. Excluding autos, gasoline and building materials, so-called core retail sales rose 0.6%.",
]),
("Crescent Bank agreed to buy Harbor Savings for $2.2 billion in stock.", L, [
"Crescent Bank said on Monday it would acquire regional lender Harbor Savings in an all-stock deal valued at about $2.2 billion. Harbor shareholders will receive 0.84 Crescent shares for each share they hold. The combined bank will have about $68 billion in assets and 410 branches. The transaction is expected to close in the first quarter of next year.",
]),
("South Korea's fertility rate fell to a record low of 0.72 in 2023.", L, [
"South Korea's total fertility rate, the average number of children a woman is expected to have in her lifetime, dropped to 0.72 in 2023 from 0.78 a year earlier, Statistics Korea said. It is the lowest rate in the world. In Seoul, the rate was just 0.55. The number of births fell 7.7% to about 230,000.",
]),
("Is Novak Djokovic the first man to win 24 Grand Slam singles titles?", L, [
"Novak Djokovic's victory at the U.S. Open on Sunday brought his tally of major singles titles to 24, a record in the men's game and level with Margaret Court's all-time mark. The Serbian beat Daniil Medvedev in straight sets. Rafael Nadal, with 22, and Roger Federer, with 20, are next on the men's list.",
]),
("Ridgeline Steel will restart its second blast furnace in October.", L, [
"Ridgeline Steel plans to bring its idled No. 2 blast furnace back into operation in October, the company said, citing improving order books from construction and energy customers. The furnace has an annual capacity of about 2.4 million tonnes. It was taken offline last year during a slump in steel prices.",
]),
("EU gas storage was more than 90% full by mid-August 2024.", L, [
"European Union gas storage facilities were 90.4% full on August 18, more than two months ahead of the November 1 deadline for meeting the bloc's 90% target, according to Gas Infrastructure Europe data. Germany's storage sites were 92% full. Analysts said the high inventory levels should cushion the market against supply disruptions this winter.",
]),
("Fjordline Seafood's salmon exports to Asia rose by about a third.", L, [
"Fjordline Seafood said its exports to Asian markets climbed 34% in the first nine months, driven by higher demand from South Korea and Vietnam. Shipments to Europe dipped 2%. The Norwegian salmon farmer's operational EBIT rose to NOK 2.8 billion. Sea lice treatments and higher feed costs weighed on margins.",
]),
("Germany's ifo business climate index rose to 89.4 points in May.", L, [
"Die Stimmung in der deutschen Wirtschaft hat sich im Mai leicht verbessert. Der ifo Geschäftsklimaindex ist auf 89,4 Punkte gestiegen, nach 89,3 Punkten im April. Die Unternehmen waren etwas zufriedener mit den laufenden Geschäften, die Erwartungen trübten sich jedoch leicht ein. Im Bauhauptgewerbe verbesserte sich das Geschäftsklima deutlich.",
]),
("Orbis Search's cloud revenue grew 29% to $10.3 billion in the quarter.", L, [
"Orbis Search reported third-quarter revenue of $88.3 billion, up 15%. Advertising revenue rose 10% to $65.9 billion, while the cloud unit's sales jumped 29% to $10.3 billion as businesses signed up for its AI infrastructure services. Operating margin in the cloud segment widened to 17%. Capital spending reached $13 billion in the quarter.",
]),
("Peru's copper output rose for the third year in a row in 2024.", L, [
"Peru produced about 2.74 million tonnes of copper in 2024, energy and mines ministry data showed, up 0.5% from the previous year. That marked the third straight annual increase for the world's third-largest producer of the metal. Output at several large mines declined, but new projects in the south of the country made up the difference.",
]),
("Hartmann & Reed will pay a special dividend of 50 pence per share.", L, [
"Hartmann & Reed will return cash to shareholders through a special dividend of 50p per share after the sale of its testing division, the engineering group said. The ordinary final dividend was raised 5% to 21p. Revenue grew 12% to £1.9 billion, while adjusted pre-tax profit rose 8%.",
]),
("Did Coral Pacific Airways order 40 Boeing 737 MAX jets?", L, [
"Coral Pacific Airways has placed a firm order for 40 Boeing 737 MAX 8 aircraft, with deliveries scheduled between 2027 and 2031, the carrier said. The order, worth about $5.4 billion at list prices, also includes purchase rights for 20 more. The new jets will replace the airline's older 737-800 fleet.",
]),
("Tokyo's core consumer price inflation slowed to 1.6% in April 2024.", L, [
"Core consumer prices in Tokyo, which exclude volatile fresh food costs, rose 1.6% in April from a year earlier, slowing from 2.4% in March and falling below the Bank of Japan's 2% target for the first time in more than two years. The slowdown was partly driven by free high-school tuition in the capital. Tokyo data is viewed as a leading indicator of nationwide trends.",
]),
("Atlas Freight's fourth-quarter net loss narrowed to $38 million.", L, [
"Atlas Freight reported a net loss of $38 million in the fourth quarter, compared with a loss of $112 million in the same period a year earlier, as cost cuts and higher spot rates helped the trucking company. Revenue rose 4% to $1.26 billion. Atlas expects to return to profitability in the second half of the year.",
]),
("Sweden's Riksbank cut its policy rate to 3.75% in May 2024.", L, [
"The Riksbank lowered its policy rate by a quarter of a percentage point to 3.75% on May 8, its first cut in eight years, saying inflation was approaching the 2% target. The Swedish central bank said it expected to lower the rate two more times in the second half of the year if the inflation outlook held. The krona weakened after the announcement.",
]),
("Greenvale Foods has opened its 1,000th store.", L, [
"The opening of a new supermarket in Bristol on Thursday marks Greenvale Foods' thousandth location, the grocer said, less than 20 years after it opened its first shop in Leeds. The chain plans to add another 60 stores next year. Greenvale's market share rose to 7.8% in the latest 12-week period.",
]),
("Electricity prices in Spain turned negative for the first time in April 2024.", L, [
"Spanish wholesale power prices fell below zero for the first time on record on April 1, 2024, as strong wind and solar output met low Easter holiday demand. The day-ahead price dropped to minus 0.01 euros per megawatt-hour for several hours. Negative prices have become more common in Germany and the Netherlands but had never before been recorded on Spain's market.",
]),
("Quantix Labs' new quantum processor has 1,121 qubits.", L, [
"Quantix Labs unveiled its newest quantum chip, the 1,121-qubit 'Condor', at a developer conference on Monday. The processor succeeds the company's 433-qubit chip released last year. Quantix said the focus was now shifting from adding qubits to reducing error rates, and it plans to link several smaller processors together.",
]),
("Baytown Refinery processed an average of 420,000 barrels of crude per day in 2023.", L, [
"Baytown Refinery averaged crude throughput of 420,000 barrels per day in 2023, below its nameplate capacity of 500,000 bpd, because of a six-week maintenance shutdown in the spring. Gasoline yields improved after the installation of a new catalytic cracker. The refinery's owner plans to invest $300 million in a hydrogen project on site.",
]),
("Has Vietnam's economy grown more than 7% in the third quarter of 2024?", L, [
"Vietnam's economy expanded 7.40% year on year in July-September, faster than the 6.93% growth recorded in the second quarter, the General Statistics Office said, despite damage caused by Typhoon Yagi. Exports rose 15.4% in the first nine months. The government is targeting growth of 6.5% to 7% for the full year.",
]),
]
