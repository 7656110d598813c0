L = "supported"
ITEMS = [
("Der Umsatz der Nordwerk AG stieg im dritten Quartal 2024 um 12 Prozent auf 4,1 Milliarden Euro.", L, [
"Die Nordwerk AG hat ihre Erlöse im Zeitraum Juli bis September deutlich ausgebaut. Wie der Stuttgarter Maschinenbauer am Donnerstag mitteilte, kletterten die Umsätze im Jahresvergleich um zwölf Prozent auf 4,1 Milliarden Euro. Das bereinigte operative Ergebnis legte auf 390 Millionen Euro zu. Vorstandschefin Katrin Ebel sprach von einer robusten Nachfrage aus Nordamerika. Die Prognose für das Gesamtjahr bestätigte das Unternehmen.",
"An der Frankfurter Börse notierte der MDax am Nachmittag 0,4 Prozent fester. Gefragt waren vor allem Werte aus der Rüstungs- und Industriebranche, während Immobilienaktien unter steigenden Anleiherenditen litten. Nordwerk-Papiere gewannen nach Vorlage der Quartalszahlen 3,1 Prozent.",
]),
("Stimmt es, dass die Inflationsrate in Deutschland im März 2024 auf 2,2 Prozent gesunken ist?", L, [
"Die Verbraucherpreise in Deutschland haben sich im März 2024 gegenüber dem Vorjahresmonat um 2,2 % erhöht. Die Inflationsrate – gemessen als Veränderung des Verbraucherpreisindex zum Vorjahresmonat – war damit so niedrig wie seit fast drei Jahren nicht mehr. Im Februar 2024 hatte sie noch bei 2,5 % gelegen. Nahrungsmittel verbilligten sich binnen Jahresfrist um 0,7 %, Energieprodukte um 2,7 %.",
]),
("Die chinesische Zentralbank hat den Banken über eine Kreditfazilität 380 Milliarden Yuan zur Verfügung gestellt.", L, [
"The People's Bank of China injected RMB 380 billion into the banking system through its medium-term lending facility on Monday, keeping the rate on the one-year loans unchanged at 2.5%. Analysts said the operation was meant to offset maturing loans and tax-related liquidity pressures in the middle of the month. The yuan was little changed against the dollar after the announcement.",
"Chinese equities ended mixed as investors awaited fresh stimulus signals from Beijing. The CSI 300 index slipped 0.2%, while Hong Kong's Hang Seng rose 0.6%, led by internet platforms.",
]),
("Die Zahl der Arbeitslosen in Deutschland ist im Juni auf rund 2,73 Millionen gestiegen.", L, [
"Der Arbeitsmarkt zeigt weiterhin Zeichen der Schwäche. Im Juni waren bei den Arbeitsagenturen und Jobcentern 2.727.000 Menschen arbeitslos gemeldet, 4.000 mehr als im Mai, teilte die Bundesagentur für Arbeit in Nürnberg mit. Die Arbeitslosenquote verharrte bei 5,8 Prozent. Die Nachfrage nach neuen Mitarbeitern bleibt gedämpft: Im Juni waren 701.000 Stellen gemeldet.",
"Auch in Nordrhein-Westfalen nahm die Arbeitslosigkeit leicht zu. Die Regionaldirektion zählte Ende Juni 752.000 Arbeitslose. Besonders betroffen seien junge Menschen unter 25 Jahren.",
]),
("Beim Ausbau der Windenergie an Land sind im ersten Halbjahr 2024 mehr als 1.200 Megawatt neu hinzugekommen.", L, [
"Zwischen Januar und Juni gingen in Deutschland 1.340 Megawatt neue Onshore-Windleistung ans Netz, wie aus einer Auswertung im Auftrag der Branchenverbände hervorgeht. Das sind 17 Prozent mehr als im ersten Halbjahr des Vorjahres. Insgesamt wurden 250 Anlagen errichtet. Deutlich dynamischer entwickelten sich die Genehmigungen: Sie erreichten mit 4.600 Megawatt einen Rekordwert.",
]),
("Bayer Leverkusen ist in der Bundesliga-Saison 2023/24 ohne Niederlage geblieben.", L, [
"Mit einem 2:1 gegen den FC Augsburg hat Bayer 04 Leverkusen am letzten Spieltag Geschichte geschrieben. Die Mannschaft von Trainer Xabi Alonso beendete die Saison mit 28 Siegen und sechs Unentschieden – als erstes Team in der Geschichte der Bundesliga ungeschlagen. Mit 90 Punkten lag die Werkself am Ende 17 Zähler vor dem VfB Stuttgart.",
"Der FC Bayern München beendete die Saison nur auf Rang drei. Es war das erste Mal seit 2011/12, dass die Münchner nicht Meister wurden. Trainer Thomas Tuchel verlässt den Klub im Sommer.",
]),
("Veltrano Motors hat im Jahr 2024 weltweit 1,8 Millionen Fahrzeuge ausgeliefert.", L, [
"Veltrano Motors delivered 1.8 million vehicles globally in 2024, up 6% from a year earlier, helped by strong demand for its compact SUV in Europe and the Middle East. Battery-electric models accounted for 22% of the total. The company said it expects deliveries to grow at a 'mid-single-digit' rate this year despite tariffs on cars shipped to the United States.",
]),
("Die Europäische Zentralbank hat den Einlagensatz im Juni 2024 um 25 Basispunkte auf 3,75 Prozent gesenkt.", L, [
"Die Europäische Zentralbank hat erstmals seit 2019 ihre Leitzinsen gesenkt. Der Einlagensatz, zu dem Geschäftsbanken überschüssige Mittel bei der Notenbank parken, sinkt um einen Viertelprozentpunkt auf 3,75 Prozent, wie der EZB-Rat am 6. Juni in Frankfurt beschloss. Zuvor hatte er neun Monate lang auf dem Rekordniveau von 4,00 Prozent gelegen. Präsidentin Christine Lagarde ließ offen, ob im Juli ein weiterer Schritt folgt.",
"Die Renditen zehnjähriger Bundesanleihen stiegen nach der Zinsentscheidung leicht auf 2,58 Prozent. Der Euro notierte kaum verändert bei 1,0890 Dollar.",
]),
("Halvern Chemie streicht bis 2026 rund 1.500 Stellen in Deutschland.", L, [
"Der Spezialchemiekonzern Halvern verschärft seinen Sparkurs. Bis Ende 2026 sollen an den deutschen Standorten etwa 1.480 Arbeitsplätze wegfallen, vor allem in Verwaltung und Basischemie, teilte das Unternehmen nach einer Aufsichtsratssitzung mit. Weltweit beschäftigt Halvern knapp 19.000 Menschen. Die Gewerkschaft IG BCE kündigte Widerstand an und verwies auf eine bis 2025 geltende Beschäftigungssicherung.",
]),
("Hat Kestrel Air im Juli erstmals mehr als zehn Millionen Passagiere in einem Monat befördert?", L, [
"Der Sommer beschert Kestrel Air Rekordzahlen. Mit 10,3 Millionen Fluggästen verbuchte die Billigfluglinie im Juli den verkehrsstärksten Monat ihrer Firmengeschichte. Der bisherige Höchstwert aus dem August 2023 hatte bei 9,7 Millionen gelegen. Die Auslastung der Maschinen stieg auf 95 Prozent. Wegen der Auslieferungsprobleme bei neuen Flugzeugen muss die Airline jedoch im Winter rund 40 Strecken ausdünnen.",
]),
("Brasilien hat 2023 mehr als 150 Millionen Tonnen Sojabohnen geerntet.", L, [
"Drought in the south of the country and heavy rains in the centre-west have cut forecasts for Brazil's corn crop, the agriculture ministry said on Thursday. Exports of beef, however, hit a monthly record in October.",
"Brazil harvested a record 154.6 million tonnes of soybeans in the 2022/23 season, according to national crop agency Conab, cementing its position as the world's largest producer and exporter of the oilseed. China remained by far the biggest buyer, taking roughly 70% of Brazil's soybean exports. For the current season, Conab expects a slightly smaller harvest because of irregular rainfall in Mato Grosso.",
]),
("Der Dax ist am Freitag erstmals über der Marke von 19.000 Punkten aus dem Handel gegangen.", L, [
"Der deutsche Leitindex ging mit einem Plus von 0,8 Prozent bei 19.054 Zählern ins Wochenende – ein Schlusskurs oberhalb der Marke von 19.000 war ihm zuvor noch nie gelungen. Rückenwind kam von überraschend guten Konjunkturdaten aus China und von fallenden Ölpreisen. Auf Wochensicht steht für den Dax ein Gewinn von 2,3 Prozent zu Buche. Der MDax der mittelgroßen Werte legte am Freitag um 1,1 Prozent auf 27.012 Punkte zu.",
]),
("Der Stromverbrauch in Deutschland sank 2023 um etwa fünf Prozent.", L, [
"Nach vorläufigen Berechnungen der Arbeitsgemeinschaft Energiebilanzen ging der Bruttostromverbrauch 2023 um 5,3 Prozent auf 517 Terawattstunden zurück. Gründe seien die schwache Produktion in energieintensiven Industrien sowie ein sparsamerer Umgang mit Energie in den Haushalten. Der Primärenergieverbrauch insgesamt fiel um 7,9 Prozent auf den niedrigsten Stand seit Anfang der 1950er-Jahre.",
"Deutschland hat 2023 erstmals seit Jahren mehr Strom importiert als exportiert. Der Importüberschuss lag bei rund 11,7 Terawattstunden.",
]),
("Solaranlagen haben 2024 in Bayern erstmals mehr als 20 Prozent des Strombedarfs gedeckt.", L, [
"Der Freistaat Bayern will bis 2030 die installierte Leistung von Batteriespeichern verdreifachen. Wirtschaftsminister Hubert Aiwanger stellte dazu in München ein Förderprogramm über 100 Millionen Euro vor. Kritiker bemängeln, dass der Ausbau der Stromnetze zu langsam vorankomme.",
"Photovoltaik ist in Bayern zur wichtigsten erneuerbaren Stromquelle geworden. Nach Zahlen des Landesamts für Statistik lieferten Solarmodule im vergangenen Jahr rund 21,5 Prozent des im Freistaat verbrauchten Stroms – ein Wert, der nie zuvor erreicht wurde. 2023 hatte der Anteil noch bei 18,9 Prozent gelegen. Auf Wasserkraft entfielen 2024 gut 13 Prozent.",
]),
("Die Deutsche Bahn war im Fernverkehr im Jahr 2023 nur zu 64 Prozent pünktlich.", L, [
"Die Bilanz ist ernüchternd: Nur knapp zwei Drittel der ICE- und IC-Züge – exakt 64,0 Prozent – erreichten 2023 ihr Ziel mit weniger als sechs Minuten Verspätung. Im Regionalverkehr lag die Quote bei 91 Prozent. Als Hauptursache nennt der Konzern das überalterte und überlastete Schienennetz, an dem zeitweise mehr als 1.000 Baustellen gleichzeitig bestanden. Für 2024 peilt die Bahn im Fernverkehr eine Pünktlichkeit von 65 bis 70 Prozent an.",
]),
("Apfelwerk Software hat im zweiten Quartal einen Nettogewinn von 212 Millionen Euro erzielt.", L, [
"Apfelwerk Software posted net income of EUR 212 million for the April-June period, compared with EUR 180 million a year earlier, as subscriptions to its cloud-based planning tools continued to grow. Revenue increased 11% to EUR 1.34 billion. Chief financial officer Mara Lindholm said the company would raise prices for some legacy licences next year. Shares rose 4% in early trading in Frankfurt.",
]),
("Der Preis für ein Barrel der Nordseesorte Brent ist am Dienstag unter 75 Dollar gefallen.", L, [
"Die Ölpreise haben am Dienstag deutlich nachgegeben. Brent-Rohöl zur Lieferung im November verbilligte sich um 2,1 Prozent auf 74,40 US-Dollar je Fass. Die US-Sorte WTI kostete 70,85 Dollar. Händler verwiesen auf Berichte, wonach Libyen seine Exporte bald wieder hochfahren könnte, sowie auf schwache Nachfragesignale aus China.",
"Heizöl ist in Deutschland so günstig wie seit Monaten nicht. Für 100 Liter zahlten Verbraucher im Bundesdurchschnitt zuletzt knapp 95 Euro.",
]),
("Ist die Zahl der Unternehmensinsolvenzen in Deutschland im ersten Halbjahr 2024 um mehr als 20 Prozent gestiegen?", L, [
"Die Amtsgerichte meldeten im ersten Halbjahr 2024 insgesamt 10.702 beantragte Unternehmensinsolvenzen. Das waren 23,5 Prozent mehr als im Vorjahreszeitraum, teilte das Statistische Bundesamt mit. Die voraussichtlichen Forderungen der Gläubiger bezifferten die Gerichte auf rund 32,4 Milliarden Euro. Die meisten Insolvenzen je 10.000 Unternehmen entfielen auf den Bereich Verkehr und Lagerei.",
"Die Zahl der Verbraucherinsolvenzen nahm im gleichen Zeitraum um 6,9 Prozent zu, wie Wirtschaftsauskunfteien berichten.",
]),
("Die Bundesregierung hat die Förderung für die geplante Chipfabrik in Magdeburg auf knapp zehn Milliarden Euro erhöht.", L, [
"Nach monatelangen Verhandlungen ist der Weg für das Halbleiterwerk in Sachsen-Anhalt frei. Der Bund stockt die Subventionen für die geplante Fabrik in Magdeburg von ursprünglich 6,8 auf 9,9 Milliarden Euro auf, wie Regierungskreise bestätigten. Im Gegenzug erhöht der Konzern seine Investitionssumme auf 30 Milliarden Euro. Rund 3.000 Arbeitsplätze sollen entstehen.",
]),
("Die japanische Notenbank hat im März 2024 ihre Negativzinspolitik beendet.", L, [
"The Bank of Japan ended eight years of negative interest rates on Tuesday, March 19, raising its short-term policy rate from minus 0.1% to a range of zero to 0.1%. It was the central bank's first rate hike in 17 years. The BOJ also scrapped its yield curve control framework but said it would continue buying government bonds at roughly the same pace as before. The yen weakened after the decision as investors had largely anticipated the move.",
]),
("Die Supermarktkette Kornmarkt hat 2024 zum dritten Mal in Folge mehr als 100 neue Filialen eröffnet.", L, [
"Auch im abgelaufenen Jahr setzte Kornmarkt seine Expansion fort: 112 Neueröffnungen standen am Jahresende zu Buche, nach 104 im Jahr 2023 und 101 im Jahr 2022. Das Filialnetz umfasst damit 2.870 Märkte in sechs Ländern. Der Umsatz stieg um 4,6 Prozent auf 18,2 Milliarden Euro. Für 2025 plant das Unternehmen mit Sitz in Kassel weniger Eröffnungen und mehr Modernisierungen.",
"Die Konkurrenz im deutschen Lebensmittelhandel bleibt hart. Discounter gewinnen seit Jahren Marktanteile, Vollsortimenter reagieren mit Eigenmarken und Preisaktionen.",
]),
("Die Weizenernte in Deutschland ist 2024 um rund zwölf Prozent kleiner ausgefallen als im Vorjahr.", L, [
"Der Deutsche Bauernverband hat seine Erntebilanz vorgelegt. Anhaltende Nässe im Herbst und Frühjahr hatte die Aussaat erschwert, viele Flächen wurden statt mit Weizen mit Mais oder Sommergetreide bestellt. Mit 18,9 Millionen Tonnen Winterweizen lag die Erntemenge 12,4 Prozent unter dem Ergebnis von 2023. Bei Raps wurde ein Minus von 8 Prozent verzeichnet. Die Qualität des Getreides sei regional sehr unterschiedlich.",
]),
("Das Forschungsschiff Polarstern war bei seiner Arktis-Expedition im Sommer 2024 mehr als 70 Tage unterwegs.", L, [
"Nach 77 Tagen auf See ist die Polarstern am Montag wieder in Bremerhaven eingelaufen. Die Expedition hatte das Forschungsschiff des Alfred-Wegener-Instituts im Sommer bis in die zentrale Arktis geführt, wo die 53 Wissenschaftlerinnen und Wissenschaftler unter anderem die Dicke des Meereises vermaßen. Erste Auswertungen zeigen, dass das Eis in der Region im Schnitt dünner war als bei früheren Messungen.",
"Im Herbst wird die Polarstern in einer Werft in Bremerhaven gewartet. Ein Nachfolgeschiff soll nach derzeitiger Planung frühestens 2030 in Dienst gehen.",
]),
("Der Anteil von Elektroautos an den Neuzulassungen in Norwegen lag 2024 bei über 88 Prozent.", L, [
"Fully electric cars accounted for 88.9% of new passenger car registrations in Norway in 2024, up from 82.4% in 2023, the Norwegian Road Federation said. Tesla's Model Y was again the best-selling model. Norway aims for all new cars sold to be zero-emission by 2025, a target it is now very close to reaching thanks to generous tax exemptions.",
"Sales of new cars in Sweden fell 3% last year, while the share of plug-in models remained broadly stable at around 60%.",
]),
("Die Angebotsmieten bei Neuvermietungen in Berlin stiegen 2023 um durchschnittlich 18 Prozent.", L, [
"Wer 2023 in der Hauptstadt eine Wohnung neu anmietete, zahlte im Schnitt 18 Prozent mehr als ein Jahr zuvor, ergab eine Auswertung von Inseraten durch ein Immobilienportal. Die mittlere Angebotsmiete lag bei 13,60 Euro je Quadratmeter kalt. In München, der teuersten Stadt Deutschlands, betrug sie 20,10 Euro. Fachleute führen den Anstieg in Berlin auf den massiven Wohnungsmangel und das knappe Angebot zurück.",
]),
("Wurde der Gaspreis für Haushaltskunden der Stadtwerke Lindau zum 1. Januar gesenkt?", L, [
"Gute Nachricht für rund 40.000 Gaskunden am Bodensee: Die Stadtwerke Lindau reduzieren zum Jahresbeginn ihren Arbeitspreis in der Grundversorgung von 12,4 auf 10,9 Cent je Kilowattstunde. Ein Haushalt mit einem Verbrauch von 15.000 Kilowattstunden spart dadurch rund 225 Euro im Jahr. Der monatliche Grundpreis bleibt unverändert. Als Grund nannte der Versorger gesunkene Beschaffungskosten.",
]),
("Der Börsengang von Fennel Robotics hat 640 Millionen Euro eingebracht.", L, [
"Fennel Robotics ist an der Frankfurter Börse gut gestartet. Der erste Kurs lag mit 26,50 Euro deutlich über dem Ausgabepreis von 24 Euro. Insgesamt flossen dem Unternehmen und den Altaktionären aus der Platzierung 640 Mio. Euro zu, davon stammten 400 Mio. Euro aus einer Kapitalerhöhung. Die Bewertung des Herstellers von Lagerrobotern lag damit bei gut 2,1 Mrd. Euro.",
"Der Markt für Börsengänge in Europa hat sich 2024 belebt. Nach Angaben von Beratern wurden im ersten Halbjahr 14 Milliarden Euro bei Neuemissionen eingesammelt.",
]),
("Die US-Wirtschaft ist im zweiten Quartal aufs Jahr hochgerechnet um 2,8 Prozent gewachsen.", L, [
"U.S. gross domestic product increased at an annualized rate of 2.8% in the second quarter, the Commerce Department said in its advance estimate, double the 1.4% pace recorded in the first three months of the year. Consumer spending, which accounts for more than two-thirds of economic activity, rose 2.3%. Business investment in equipment also picked up. Economists had expected growth of about 2%.",
]),
("Rheintal Energie will bis 2030 rund 8 Milliarden Euro in seine Stromnetze investieren.", L, [
"Rheintal Energie hat in Köln seine neue Strategie vorgestellt. Bis zum Ende des Jahrzehnts plant der Versorger Netzinvestitionen von 7,9 Milliarden Euro – fast doppelt so viel wie in den vergangenen sieben Jahren. Schwerpunkte sind neue Umspannwerke und der Anschluss von Wärmepumpen und Ladesäulen. Für erneuerbare Erzeugungsanlagen sind weitere 3,5 Milliarden Euro vorgesehen.",
"Die Aktie von Rheintal Energie reagierte kaum auf die Ankündigung und schloss 0,3 Prozent leichter. Analysten hatten mit einem höheren Investitionsvolumen im Erzeugungsgeschäft gerechnet.",
]),
("Der Umsatz im deutschen Einzelhandel sank im Mai real um 1,2 Prozent gegenüber dem Vormonat.", L, [
"Die Kauflaune der Verbraucher bleibt verhalten. Preisbereinigt setzten die Händler im Mai 1,2 Prozent weniger um als im April, nominal betrug das Minus 1,0 Prozent. Im Vergleich zum Mai des Vorjahres ergab sich dagegen real ein Plus von 0,4 Prozent. Der Internet- und Versandhandel verzeichnete gegenüber dem Vormonat einen Rückgang von 2,1 Prozent.",
]),
("Die deutsche Handball-Nationalmannschaft der Männer hat bei den Olympischen Spielen 2024 die Silbermedaille gewonnen.", L, [
"Im Finale von Lille war gegen Dänemark nichts zu holen: Das DHB-Team unterlag dem Welt- und Europameister deutlich mit 26:39 und musste sich mit Rang zwei begnügen. Für die Mannschaft von Bundestrainer Alfred Gislason ist es dennoch die erste olympische Medaille seit Bronze 2016 in Rio. Torhüter Andreas Wolff wurde ins All-Star-Team des Turniers gewählt.",
"Die deutschen Hockey-Herren holten in Paris ebenfalls Silber, sie verloren das Endspiel im Penaltyschießen gegen die Niederlande.",
]),
("Die Aktie von Lumora Biotech ist am Mittwoch um mehr als 30 Prozent eingebrochen.", L, [
"Shares of Lumora Biotech plunged 34% on Wednesday after the company said its lead drug candidate for a rare liver disease failed to meet the primary endpoint of a late-stage trial. The stock closed at $11.20, its lowest level since 2019. Lumora said it would review the data before deciding whether to continue the programme. At least three analysts cut their price targets.",
]),
("Stimmt es, dass Deutschland 2023 Waren im Wert von rund 1,6 Billionen Euro exportiert hat?", L, [
"Im Jahr 2023 wurden von Deutschland Waren im Wert von 1.562 Milliarden Euro exportiert und Waren im Wert von 1.353 Milliarden Euro importiert. Damit sanken die Exporte gegenüber 2022 um 1,4 Prozent, die Importe gingen um 9,7 Prozent zurück. Der Außenhandelsüberschuss stieg auf 209,6 Milliarden Euro. Wichtigster Handelspartner waren erneut die Vereinigten Staaten.",
]),
("Der Rückversicherer Albis Re rechnet für 2025 mit einem Gewinn von mindestens 5 Milliarden Euro.", L, [
"Albis Re blickt zuversichtlich auf das kommende Jahr. Für das Geschäftsjahr 2025 stellt der Konzern einen Nettogewinn von 5,0 bis 5,4 Milliarden Euro in Aussicht, nachdem 2024 voraussichtlich rund 4,6 Milliarden Euro erreicht werden. Treiber seien höhere Preise in der Erneuerung der Rückversicherungsverträge zum Jahreswechsel. Die Aktionäre sollen zudem über ein Rückkaufprogramm von einer Milliarde Euro profitieren.",
"Die Schäden durch Naturkatastrophen bleiben für die Branche ein Risikofaktor. Allein die Überschwemmungen in Mitteleuropa im September verursachten versicherte Schäden in Milliardenhöhe.",
]),
("Der Seegüterumschlag im Hamburger Hafen ist 2023 auf 114 Millionen Tonnen zurückgegangen.", L, [
"Der Seegüterumschlag im Hamburger Hafen verringerte sich im vergangenen Jahr um 4,3 Prozent auf 114,3 Millionen Tonnen, teilte die Hafen Hamburg Marketing mit. Besonders deutlich fiel das Minus im Containerverkehr aus: Hier wurden 7,7 Millionen Standardcontainer (TEU) umgeschlagen, 6,9 Prozent weniger als 2022. Gestiegen ist dagegen der Umschlag von Massengut wie Kohle und Getreide.",
]),
("Indien hat im Jahr 2023 China als bevölkerungsreichstes Land der Welt abgelöst.", L, [
"India overtook China in 2023 to become the world's most populous country, according to estimates from the United Nations Population Fund. India's population was projected to reach about 1.4286 billion by mid-year, slightly ahead of China's 1.4257 billion. China's population has been shrinking since 2022, when deaths exceeded births for the first time in six decades.",
"India's general election, held in seven phases, returned Prime Minister Narendra Modi for a third term, although his party lost its outright majority.",
]),
("Die Finanzaufsicht Bafin hat gegen die Kronberg Bank ein Bußgeld von 2,4 Millionen Euro verhängt.", L, [
"Wegen Mängeln bei der Geldwäscheprävention muss die Kronberg Bank 2,4 Mio. Euro zahlen. Die Bundesanstalt für Finanzdienstleistungsaufsicht hat den Bescheid bereits im Mai erlassen und nun veröffentlicht, nachdem er rechtskräftig geworden ist. Beanstandet wurden unter anderem verspätete Verdachtsmeldungen. Das Institut erklärte, es habe die Schwachstellen inzwischen behoben.",
]),
("Die deutsche Wirtschaftsleistung ist 2023 um 0,3 Prozent geschrumpft.", L, [
"Die Konjunktur in Deutschland ist 2023 in einem von multiplen Krisen geprägten Umfeld ins Stocken geraten. Das preisbereinigte Bruttoinlandsprodukt war nach ersten Berechnungen des Statistischen Bundesamtes um 0,3 Prozent niedriger als im Vorjahr. Die nach wie vor hohen Preise auf allen Wirtschaftsstufen dämpften die Entwicklung. Die Zahl der Erwerbstätigen erreichte dennoch einen neuen Höchststand.",
"Für das laufende Jahr erwarten die führenden Wirtschaftsforschungsinstitute nur eine leichte Erholung. Die Prognosen liegen zwischen 0,1 und 0,5 Prozent Wachstum.",
]),
("Hat der Medizintechnikhersteller Zelltek im Geschäftsjahr 2023/24 den Umsatz zum fünften Mal in Folge gesteigert?", L, [
"Zelltek hat das Geschäftsjahr 2023/24 mit Erlösen von 812 Millionen Euro abgeschlossen, nach 761 Millionen Euro im Vorjahr. Damit steigerte der Medizintechnikhersteller aus Tuttlingen seine Erlöse das fünfte Jahr nacheinander. Die Ebitda-Marge verbesserte sich leicht auf 21,3 Prozent. Für das laufende Geschäftsjahr erwartet der Vorstand ein Wachstum im mittleren einstelligen Prozentbereich.",
]),
("Saudi-Arabien hat seine Ölförderung im Juli um eine Million Barrel pro Tag gekürzt.", L, [
"Saudi Arabia reduced its crude output by one million barrels per day in July, bringing production down to about 9 million bpd, the lowest level in several years, according to a Reuters survey of OPEC output. The kingdom described the cut as voluntary and in addition to reductions agreed by the wider OPEC+ group. Brent crude rose above $80 a barrel during the month.",
"OPEC's total output fell by 840,000 bpd in July, the survey found, with the Saudi cut partly offset by higher production in Nigeria and Angola.",
]),
("Das Münchner Start-up Flinkbau hat in einer Finanzierungsrunde 45 Millionen Euro eingesammelt.", L, [
"Der Münchner Bautech-Anbieter Flinkbau hat eine Series-B-Runde über 45 Millionen Euro abgeschlossen. Angeführt wurde sie von einem skandinavischen Wagniskapitalgeber, auch die bestehenden Investoren beteiligten sich. Flinkbau entwickelt Software, mit der Baufirmen Material und Personal auf Großbaustellen planen. Das Unternehmen beschäftigt derzeit 180 Mitarbeiter.",
]),
("Der Erdgaspreis am niederländischen Handelspunkt TTF ist am Montag um fast 8 Prozent gestiegen.", L, [
"Der europäische Erdgas-Future am TTF verteuerte sich zu Wochenbeginn um 7,8 Prozent auf 41,20 Euro je Megawattstunde. Auslöser waren Meldungen über einen ungeplanten Ausfall an einer norwegischen Verarbeitungsanlage sowie Sorgen um die Transitlieferungen durch die Ukraine. Die Gasspeicher in der EU sind derzeit zu gut 89 Prozent gefüllt.",
"Der Strompreis für Lieferungen im kommenden Jahr zog in Deutschland am Montag ebenfalls an und kostete 94 Euro je Megawattstunde.",
]),
("Die Wahlbeteiligung bei der Europawahl 2024 lag in Deutschland bei 64,8 Prozent.", L, [
"Die Bundeswahlleiterin hat das amtliche Endergebnis der Europawahl bekannt gegeben. Die Beteiligung erreichte mit 64,8 Prozent den höchsten Wert seit der Wiedervereinigung; 2019 hatten 61,4 Prozent der Wahlberechtigten ihre Stimme abgegeben. Erstmals durften auch 16- und 17-Jährige wählen. Die Union wurde mit 30,0 Prozent stärkste Kraft.",
]),
("Der Halbleiterkonzern Sunfab plant in Arizona eine neue Fabrik für 12 Milliarden Dollar.", L, [
"Sunfab Semiconductor said it would build a $12 billion wafer fab near Phoenix, Arizona, creating about 1,900 permanent jobs once production starts in 2028. The plant will make chips for cars and industrial equipment. It is the company's largest investment outside Asia. Construction is expected to begin early next year, subject to permits.",
"Arizona has become a hub for chipmakers. The state has attracted more than $100 billion in semiconductor investment announcements since 2020.",
]),
("In deutschen Beherbergungsbetrieben wurde 2024 mit 496 Millionen Übernachtungen ein neuer Höchststand erreicht.", L, [
"Beherbergungsbetriebe in Deutschland verbuchten 2024 knapp 496,1 Millionen Übernachtungen in- und ausländischer Gäste – so viele wie nie zuvor. Das waren 1,9 Prozent mehr als im Vorjahr, teilte das Statistische Bundesamt mit. Der bisherige Rekord aus dem Jahr 2019 wurde damit um 0,4 Prozent übertroffen. Besonders gefragt waren Ferienwohnungen und Campingplätze.",
]),
("Der Autozulieferer Greifen Tech hat seine Umsatzprognose für 2024 gesenkt.", L, [
"Greifen Tech spürt die Flaute in der Autoindustrie. Der Zulieferer aus Schweinfurt rechnet für 2024 nur noch mit Erlösen von 6,2 bis 6,5 Milliarden Euro, wie er am Abend mitteilte. Bisher hatte das Management 6,8 Milliarden Euro in Aussicht gestellt. Auch beim Ergebnis wird der Konzern vorsichtiger. Die Aktie verlor nachbörslich rund 9 Prozent.",
]),
("Ist der Goldpreis im Oktober 2024 erstmals über 2.700 Dollar je Feinunze gestiegen?", L, [
"Das Edelmetall markierte am 18. Oktober mit 2.721 US-Dollar je Unze ein neues Allzeithoch; die Marke von 2.700 Dollar war zuvor noch nie überschritten worden. Gold profitiert von Zinssenkungen der großen Notenbanken, von Käufen der Zentralbanken sowie von der Unsicherheit vor der US-Präsidentschaftswahl. Seit Jahresbeginn hat sich der Preis um rund ein Drittel erhöht.",
"Silber stieg am selben Tag auf über 33 Dollar je Unze und damit auf den höchsten Stand seit zwölf Jahren.",
]),
("Die EU-Kommission hat gegen den Suchmaschinenbetreiber Orbis Search eine Strafe von 1,2 Milliarden Euro verhängt.", L, [
"The European Commission fined Orbis Search EUR 1.2 billion on Tuesday for abusing its dominant position in online advertising technology. Competition commissioner officials said the company had favoured its own ad exchange over rivals for more than a decade. Orbis Search said it disagreed with the decision and was reviewing its options. It is the third EU antitrust penalty against the company since 2018.",
]),
("In Deutschland wurden 2023 rund 294.000 Wohnungen fertiggestellt.", L, [
"Der Wohnungsbau in Deutschland stagniert auf niedrigem Niveau. 2023 wurden 294 400 Wohnungen fertiggestellt, das waren annähernd so viele wie im Vorjahr. Das von der Bundesregierung ausgegebene Ziel von 400 000 neuen Wohnungen pro Jahr wurde damit erneut klar verfehlt. Der Bauüberhang – genehmigte, aber noch nicht fertiggestellte Wohnungen – lag bei rund 826 000.",
"Die Baupreise für Wohngebäude stiegen im Jahresdurchschnitt 2023 um 8,5 Prozent.",
]),
("Die Kupferförderung der Mine Altavista ist im ersten Quartal um 9 Prozent gesunken.", L, [
"Im Auftaktquartal förderte die Mine Altavista in den peruanischen Anden 86.000 Tonnen Kupfer, ein Rückgang um neun Prozent gegenüber den ersten drei Monaten des Vorjahres. Grund waren geringere Erzgehalte und eine zweiwöchige Blockade der Zufahrtsstraße durch Anwohner. Die Molybdänproduktion stieg dagegen um 5 Prozent. Für das Gesamtjahr bestätigte der Betreiber seine Förderprognose.",
]),
("Forschende der Universität Heidelberg haben einen Bluttest entwickelt, der Bauchspeicheldrüsenkrebs in 91 Prozent der Fälle erkennt.", L, [
"Ein neues Diagnoseverfahren aus Heidelberg könnte die Früherkennung von Pankreaskrebs verbessern. In einer Studie mit 1.100 Blutproben identifizierte der Test, der auf einer Kombination von Eiweißmarkern beruht, 91 Prozent der Patientinnen und Patienten mit Pankreaskarzinom korrekt, berichtet das Team des Universitätsklinikums im Fachjournal. Falsch positive Befunde traten in rund 5 Prozent der Fälle auf. Bis zu einem Einsatz in der Praxis seien weitere Studien nötig.",
]),
("Die Inflationsrate in der Türkei lag im Juni bei 71,6 Prozent.", L, [
"Turkey's annual consumer price inflation eased to 71.6% in June from 75.5% in May, the Turkish Statistical Institute said, marking the first slowdown in eight months. Monthly inflation came in at 1.64%, well below forecasts. The central bank has kept its policy rate at 50% and signalled it would maintain a tight stance until a significant and lasting decline in the underlying trend of inflation is seen.",
]),
("Die Fluggesellschaft Baltica Airways hat 40 Flugzeuge vom Typ A321neo bestellt.", L, [
"Baltica Airways hat bei Airbus vierzig Maschinen der A321neo-Familie fest bestellt, teilte die Airline mit Sitz in Riga mit. Zudem sicherte sie sich Optionen auf 20 weitere Jets. Die ersten Flugzeuge sollen 2027 ausgeliefert werden und ältere Boeing 737 ersetzen. Einen Kaufpreis nannte Baltica nicht; nach Listenpreisen hätte der Auftrag einen Wert von mehr als fünf Milliarden Dollar.",
"Baltica hatte im vergangenen Jahr 6,2 Millionen Passagiere befördert und einen operativen Gewinn erzielt.",
]),
("Hat Nordhain Pharma mehr als 2 Milliarden Euro für die Übernahme von Cellvia bezahlt?", L, [
"Nordhain Pharma übernimmt den Biotechspezialisten Cellvia für 2,3 Milliarden Euro in bar. Je Aktie zahlt der Darmstädter Konzern 48 Euro, ein Aufschlag von 62 Prozent auf den Schlusskurs vom Freitag. Cellvia entwickelt Zelltherapien gegen Blutkrebs. Die Transaktion wurde am Montag abgeschlossen, nachdem die Kartellbehörden zugestimmt hatten.",
]),
("Die Stromerzeugung aus Braunkohle ist 2024 auf den niedrigsten Stand seit Anfang der 1960er-Jahre gefallen.", L, [
"Die Kohleverstromung in Deutschland geht weiter zurück. Braunkohlekraftwerke produzierten 2024 nur noch 71 Terawattstunden Strom, das waren 8,4 Prozent weniger als im Vorjahr – und so wenig wie zuletzt Anfang der 1960er Jahre, wie aus Berechnungen eines Energie-Thinktanks hervorgeht. Die Steinkohle kam auf 24 Terawattstunden. Gleichzeitig stieg der Anteil der Erneuerbaren an der Stromerzeugung auf 59 Prozent.",
]),
("Die Containerreederei Maritex betreibt inzwischen mehr als 700 Schiffe.", L, [
"Maritex now operates a fleet of 731 container vessels, including 60 newbuilds delivered this year, the Geneva-based carrier said in a statement. Its total capacity exceeds 6.2 million TEU, making it the largest container line in the world by some distance. The company has another 120 ships on order, most of them able to run on methanol or LNG.",
"Freight rates on the Asia-Europe route fell 8% this week as shippers held back bookings ahead of the Chinese New Year holiday.",
]),
("Der Medienkonzern Ostwind Media baut in der Verwaltung jede fünfte Stelle ab.", L, [
"Ostwind Media reagiert auf sinkende Werbeerlöse mit einem Sparprogramm. Von den derzeit 1.250 Verwaltungsjobs in der Hamburger Zentrale sollen in den kommenden zwei Jahren 250 wegfallen, teilte das Unternehmen der Belegschaft mit. Betriebsbedingte Kündigungen sollen möglichst vermieden werden. In den Redaktionen sind vorerst keine Kürzungen geplant.",
]),
("Die Zahl der Erwerbstätigen in Deutschland stieg 2023 auf den Rekordwert von 45,9 Millionen.", L, [
"Im Jahresdurchschnitt 2023 waren rund 45,9 Millionen Menschen mit Arbeitsort in Deutschland erwerbstätig, so viele wie nie seit der Wiedervereinigung. Gegenüber dem Vorjahr nahm die Zahl um 0,7 Prozent oder 333.000 Personen zu. Getragen wurde der Zuwachs vor allem von der Zuwanderung ausländischer Arbeitskräfte und einer höheren Erwerbsbeteiligung. Die Zahl der Selbstständigen ging dagegen erneut zurück.",
]),
("Die Sparkasse Obersee erhöht den Zins für Tagesgeld auf 2,5 Prozent.", L, [
"Ab dem 1. März bekommen Neukunden der Sparkasse Obersee 2,50 % p. a. aufs Tagesgeld, bisher waren es 1,75 %. Das Angebot gilt für Einlagen bis 100.000 Euro und ist auf sechs Monate befristet. Bestandskunden erhalten 1,0 %. Die Sparkasse reagiert damit nach eigenen Angaben auf den Wettbewerb durch Direktbanken.",
"Die Zinsen für Baufinanzierungen sind zuletzt wieder gesunken. Zehnjährige Darlehen gab es im Schnitt für 3,4 Prozent.",
]),
("Der Internationale Währungsfonds erwartet für die Weltwirtschaft 2025 ein Wachstum von 3,2 Prozent.", L, [
"The IMF kept its global growth forecast for 2025 at 3.2% in its latest World Economic Outlook, saying the world economy had remained resilient despite high interest rates. It trimmed its outlook for the euro area, citing weak manufacturing in Germany, while raising its projection for the United States. Chief economist Pierre-Olivier Gourinchas warned that risks were tilted to the downside.",
]),
("Stimmt es, dass Solvarta ihre Dividende auf 1,10 Euro je Aktie angehoben hat?", L, [
"Solvarta lässt die Anteilseigner am Rekordjahr teilhaben. Die Aktionäre sollen für 2024 eine Ausschüttung von 1,10 Euro pro Papier erhalten, zehn Cent mehr als im Vorjahr, teilte der Solarmodulhersteller mit. Der Umsatz kletterte um 19 Prozent auf 2,7 Milliarden Euro. Für 2025 rechnet der Vorstand allerdings mit Preisdruck durch Importe aus Asien.",
]),
("Die Tour de France endete 2024 erstmals nicht in Paris, sondern in Nizza.", L, [
"Wegen der Olympischen Spiele in der Hauptstadt endete die Frankreich-Rundfahrt 2024 mit einem Einzelzeitfahren in Nizza – zum ersten Mal in ihrer über 120-jährigen Geschichte lag das Ziel nicht in Paris. Tadej Pogačar gewann auch diese letzte Etappe und sicherte sich seinen dritten Toursieg. Der Slowene hatte zuvor bereits den Giro d'Italia gewonnen.",
]),
("Das Logistikunternehmen Fernlinie beschäftigt nach der Übernahme von Trans-Vistula rund 12.000 Mitarbeiter.", L, [
"Fernlinie hat die Übernahme des polnischen Speditionsunternehmens Trans-Vistula abgeschlossen. Mit dem Zukauf wächst die Belegschaft des Bremer Logistikers auf etwa 11.900 Beschäftigte in 14 Ländern. Der Kaufpreis lag bei 310 Millionen Euro. Fernlinie will nun vor allem das Geschäft mit Kühltransporten in Osteuropa ausbauen.",
"Die Transportbranche leidet unter Fahrermangel. Der Bundesverband schätzt die Zahl der fehlenden Lkw-Fahrer in Deutschland auf bis zu 100.000.",
]),
]
