L = "unverified"
ITEMS = [
("Der Umsatz der Nordwerk AG ist im vierten Quartal 2024 um 9 Prozent gestiegen.", L, [
"Die Nordwerk AG hat im dritten Quartal 2024 von einer starken Nachfrage nach Verpackungsmaschinen profitiert. Der Auftragseingang legte zwischen Juli und September um 9 Prozent zu, der Umsatz erreichte 4,1 Milliarden Euro. Für das Schlussquartal äußerte sich Vorstandschefin Katrin Ebel zurückhaltend: Die Kunden in China hielten sich mit Investitionen zurück. Die Zahlen für das Gesamtjahr legt Nordwerk im März vor.",
]),
("Die Bundesagentur für Arbeit meldet für Juli 2,8 Millionen Arbeitslose.", L, [
"Im Juni waren in Deutschland 2.727.000 Menschen arbeitslos gemeldet, teilte die Bundesagentur für Arbeit mit. Die Unterbeschäftigung, die auch Teilnehmer an Fördermaßnahmen umfasst, lag bei 3,5 Millionen. Die Arbeitsmarktstatistik für Juli wird am 31. Juli veröffentlicht. Ökonomen rechnen wegen der Sommerpause mit einem saisonüblichen Anstieg.",
]),
("Halvern Chemie plant den Verkauf seiner Agrarsparte.", L, [
"Halvern Chemie bekommt einen neuen Vorstandschef. Der Aufsichtsrat berief den bisherigen Finanzvorstand Martin Rehberg an die Spitze des Konzerns, er folgt auf Ulrike Sand, die aus gesundheitlichen Gründen ausscheidet. Rehberg soll das laufende Sparprogramm mit dem Abbau von rund 1.480 Stellen in Deutschland umsetzen. Die Aktie legte nach der Personalie um 1,4 Prozent zu.",
"Der Markt für Pflanzenschutzmittel in Europa schrumpft, weil Landwirte nach Jahren mit hohen Preisen ihre Lager abbauen. Mehrere Hersteller prüfen deshalb Zusammenschlüsse.",
]),
("Die Zahl der Passagiere am Frankfurter Flughafen ist im Juni um 4 Prozent gestiegen.", L, [
"Frankfurt Airport's cargo volumes rose 4% in June compared with the same month last year, operator Fraport said, helped by strong e-commerce shipments from Asia. Aircraft movements were broadly flat. Passenger figures for the month are due to be published next week together with the company's half-year results. Fraport also operates airports in Lima, Antalya and several Greek islands.",
]),
("Veltrano Motors will die Preise für seine Elektroautos in Europa senken.", L, [
"Veltrano Motors hat im vergangenen Jahr weltweit 1,8 Millionen Fahrzeuge ausgeliefert. Der Anteil vollelektrischer Modelle lag bei 22 Prozent. In China hatte der Hersteller die Preise für mehrere Modelle im Frühjahr um bis zu 8 Prozent gesenkt, um mit einheimischen Anbietern mitzuhalten. Ab Herbst soll ein neues Kompakt-SUV im Werk in Spanien vom Band laufen.",
]),
("Stimmt es, dass die Inflationsrate in Deutschland im April 2024 bei 2,2 Prozent lag?", L, [
"Die Verbraucherpreise in Deutschland haben sich im März 2024 gegenüber dem Vorjahresmonat um 2,2 Prozent erhöht. Im Februar hatte die Inflationsrate noch bei 2,5 Prozent gelegen, im Januar bei 2,9 Prozent. Die Kerninflation ohne Nahrungsmittel und Energie betrug im März 3,3 Prozent. Das Statistische Bundesamt stützt sich dabei auf Daten von rund 300.000 Einzelpreisen.",
]),
("Die EZB wird den Einlagensatz im Dezember um 50 Basispunkte senken.", L, [
"Die Europäische Zentralbank hat im Oktober den Einlagensatz um 0,25 Prozentpunkte auf 3,25 Prozent gesenkt. Präsidentin Christine Lagarde betonte, der Rat lege sich nicht im Voraus auf einen bestimmten Zinspfad fest; Entscheidungen würden von Sitzung zu Sitzung auf Basis der Daten getroffen. Die nächste geldpolitische Sitzung findet am 12. Dezember statt.",
]),
("Der Umsatz des Onlinehändlers Kaufzeit hat sich seit 2020 verdoppelt.", L, [
"Kaufzeit eröffnet in Erfurt sein drittes Logistikzentrum. Auf 60.000 Quadratmetern sollen dort künftig täglich bis zu 150.000 Pakete verschickt werden. Das Unternehmen beschäftigt derzeit 3.800 Menschen. Gründer Felix Raabe kündigte an, das Sortiment im Bereich Heimwerkerbedarf deutlich auszuweiten.",
]),
("Der Halbleiterkonzern Sunfab erhält für sein Werk in Arizona staatliche Zuschüsse von 6,6 Milliarden Dollar.", L, [
"Sunfab Semiconductor said it would build a $12 billion wafer fab near Phoenix, Arizona. The company has applied for funding under the U.S. CHIPS and Science Act but did not say how much it was seeking. Sunfab expects the plant to employ about 1,900 people. Separately, a rival chipmaker was awarded $6.6 billion in grants for three factories in the same state earlier this year.",
]),
("Die Weizenpreise an der Pariser Terminbörse Euronext sind im August um 10 Prozent gestiegen.", L, [
"Die deutsche Weizenernte fiel 2024 mit 18,9 Millionen Tonnen um 12,4 Prozent kleiner aus als im Vorjahr. Der Bauernverband verwies auf den nassen Herbst, der die Aussaat erschwert hatte. Bei Raps, dessen Notierungen an der Euronext im August um 10 Prozent anzogen, lag die Ernte 8 Prozent unter dem Vorjahr. Die Qualität des Brotgetreides sei regional sehr unterschiedlich.",
]),
("Die Deutsche Bahn will bis 2027 rund 1.000 zusätzliche Lokführer einstellen.", L, [
"Im Fernverkehr der Deutschen Bahn kamen 2023 nur 64 Prozent der Züge pünktlich an. Als Hauptursache gilt das marode Netz. Um den Betrieb zu stabilisieren, stellte die Bahn 2023 nach eigenen Angaben rund 1.000 neue Fahrdienstleiter für die Stellwerke ein. Der Konzern beschäftigt weltweit mehr als 330.000 Menschen.",
]),
("Hat Fennel Robotics nach dem Börsengang einen Großauftrag von Airbus erhalten?", L, [
"Fennel Robotics ist an der Frankfurter Börse gestartet. Der erste Kurs lag bei 26,50 Euro, der Ausgabepreis bei 24 Euro. Insgesamt brachte die Platzierung 640 Millionen Euro ein. Zu den Kunden des Lagerroboter-Herstellers gehören nach Unternehmensangaben große Onlinehändler und Autozulieferer.",
"Airbus hat im ersten Halbjahr 323 Verkehrsflugzeuge ausgeliefert und hält an seinem Jahresziel von rund 770 Auslieferungen fest.",
]),
("Der Ölkonzern Nordsee Petro hat 2024 einen Rekordgewinn erzielt.", L, [
"Nordsee Petro hatte 2022 nach dem sprunghaften Anstieg der Energiepreise einen Rekordgewinn von 9,4 Milliarden Euro ausgewiesen. Seitdem haben sich die Öl- und Gaspreise deutlich normalisiert. Die Zahlen für das Geschäftsjahr 2024 will der Konzern am 6. Februar vorlegen. Analysten erwarten eine stabile Dividende.",
]),
("Brasilien hat 2023 so viel Kaffee exportiert wie nie zuvor.", L, [
"Brazil harvested a record 154.6 million tonnes of soybeans in the 2022/23 season, national crop agency Conab said. For coffee, Conab forecasts a 2024 crop of 58.8 million 60-kg bags, up 6.8% from the previous year, helped by favourable weather in Minas Gerais. Arabica output is expected to rise, while the robusta harvest in Espírito Santo could be smaller.",
]),
("In Bayern wurden 2024 mehr als 3.000 neue Windräder genehmigt.", L, [
"Photovoltaik lieferte 2024 rund 21,5 Prozent des in Bayern verbrauchten Stroms. Beim Ausbau der Ladeinfrastruktur kam der Freistaat ebenfalls voran: Im Laufe des Jahres gingen mehr als 3.000 neue öffentliche Ladepunkte in Betrieb. Bei der Windkraft sieht die Staatsregierung weiter Nachholbedarf und will Genehmigungsverfahren beschleunigen.",
]),
("Die Angebotsmieten bei Neuvermietungen in München sind 2023 um 18 Prozent gestiegen.", L, [
"Wer 2023 in Berlin eine Wohnung neu anmietete, zahlte im Schnitt 18 Prozent mehr als ein Jahr zuvor, ergab eine Auswertung von Inseraten durch ein Immobilienportal. In München, der teuersten Stadt Deutschlands, lag die mittlere Angebotsmiete bei 20,10 Euro je Quadratmeter. Hamburg kam auf 14,70 Euro, Köln auf 13,20 Euro.",
]),
("Die Zahl der Hotelübernachtungen in Deutschland ist im Januar 2025 um 3 Prozent gestiegen.", L, [
"Beherbergungsbetriebe in Deutschland verbuchten 2024 knapp 496,1 Millionen Übernachtungen und damit so viele wie nie zuvor, teilte das Statistische Bundesamt mit. Das war ein Plus von 1,9 Prozent gegenüber 2023. Die Zahl der Übernachtungen von Gästen aus dem Ausland stieg um 3 Prozent. Vorläufige Daten für das neue Jahr liegen noch nicht vor.",
]),
("Plant Baltica Airways eine neue Verbindung von Hamburg nach New York?", L, [
"Baltica Airways hat 40 Flugzeuge der A321neo-Familie bestellt. Die Airline aus Riga baut ihr Streckennetz im Sommer aus und fliegt ab Mai neu nach Madeira, Tromsø und Marrakesch. Ab Hamburg werden künftig Verbindungen nach Riga und Tallinn angeboten. Die ersten der neu bestellten Jets sollen 2027 ausgeliefert werden.",
]),
("Die US-Notenbank hat im September die Leitzinsen um einen halben Prozentpunkt gesenkt.", L, [
"U.S. gross domestic product increased at an annualized rate of 2.8% in the second quarter, the Commerce Department said. Inflation, as measured by the personal consumption expenditures price index, slowed to 2.6%. Investors are now turning their attention to the Federal Reserve's policy meeting on September 17-18, where a first rate cut is widely expected.",
]),
("Die Solvarta AG will ihre Belegschaft bis 2026 um 500 Stellen aufstocken.", L, [
"Solvarta hebt die Dividende für 2024 auf 1,10 Euro je Aktie an. Der Umsatz des Solarmodulherstellers stieg um 19 Prozent auf 2,7 Milliarden Euro. Der Konzern beschäftigt rund 4.500 Mitarbeiterinnen und Mitarbeiter, davon etwa die Hälfte in Deutschland. Für 2025 erwartet Solvarta Preisdruck durch Importe aus Asien.",
]),
("Der Goldpreis ist im Jahr 2024 um mehr als 25 Prozent gestiegen.", L, [
"Gold markierte am 18. Oktober mit 2.721 US-Dollar je Unze ein neues Allzeithoch. Unterstützt wurde der Preis von Zinssenkungen und Käufen der Notenbanken. Silber verteuerte sich seit Jahresbeginn sogar um 35 Prozent. Platin und Palladium blieben dagegen hinter der Entwicklung zurück.",
]),
("Die Kronberg Bank schließt 40 Filialen.", L, [
"Wegen Mängeln bei der Geldwäscheprävention muss die Kronberg Bank ein Bußgeld von 2,4 Millionen Euro zahlen. Die Finanzaufsicht beanstandete unter anderem verspätete Verdachtsmeldungen. Das Institut mit Sitz im Taunus betreut rund 40.000 vermögende Privatkunden und hat sich auf die Vermögensverwaltung spezialisiert.",
]),
("Der Stromverbrauch in Frankreich ist 2023 um 3 Prozent gesunken.", L, [
"Der Bruttostromverbrauch in Deutschland ging 2023 um 5,3 Prozent auf 517 Terawattstunden zurück. Deutschland importierte dabei mehr Strom als es exportierte; ein großer Teil kam aus Frankreich, wo die Atomkraftwerke nach den Ausfällen des Vorjahres wieder deutlich mehr produzierten. Die französische Kernkraft-Erzeugung stieg 2023 um rund 15 Prozent.",
]),
("Indiens Wirtschaft ist im Jahr 2024 um 8 Prozent gewachsen.", L, [
"India overtook China in 2023 to become the world's most populous country, according to UN estimates. India's manufacturing purchasing managers' index rose to 58.3 in May, signalling robust expansion in factory activity. The Reserve Bank of India has kept its repo rate unchanged at 6.5% for more than a year.",
]),
("Zelltek plant einen Börsengang an der Frankfurter Börse.", L, [
"Zelltek hat das Geschäftsjahr 2023/24 mit Erlösen von 812 Millionen Euro abgeschlossen und seinen Umsatz damit das fünfte Jahr in Folge gesteigert. Die Ebitda-Marge lag bei 21,3 Prozent. Zu Berichten über einen möglichen Verkauf an einen Finanzinvestor wollte sich das Familienunternehmen aus Tuttlingen nicht äußern.",
]),
("Die Zahl der Neuzulassungen von Elektroautos in Deutschland ist 2024 um 27 Prozent eingebrochen.", L, [
"In Norwegen lag der Anteil reiner Elektroautos an den Neuzulassungen 2024 bei 88,9 Prozent. In Deutschland wurden im Jahr 2023 rund 524.000 Elektroautos neu zugelassen, 11 Prozent mehr als 2022. Das entsprach einem Marktanteil von 18,4 Prozent. Zum Jahresende 2023 hatte die Bundesregierung die Kaufprämie für Elektroautos gestrichen.",
]),
("Stimmt es, dass Lumora Biotech 200 Mitarbeiter entlässt?", L, [
"Die Aktie von Lumora Biotech brach am Mittwoch um 34 Prozent ein, nachdem eine späte klinische Studie mit dem wichtigsten Medikamentenkandidaten gescheitert war. Das Unternehmen verfügt nach eigenen Angaben über Barmittel von 200 Millionen Dollar, die bis ins Jahr 2026 reichen sollen. Über das weitere Vorgehen will das Management nach Prüfung der Daten entscheiden.",
]),
("Die Containerreederei Maritex hat im dritten Quartal einen Gewinn von 1,1 Milliarden Dollar erzielt.", L, [
"Maritex betreibt inzwischen eine Flotte von 731 Containerschiffen. Im zweiten Quartal hatte die Reederei mit Sitz in Genf einen Nettogewinn von 1,1 Milliarden Dollar erzielt, getrieben von höheren Frachtraten infolge der Umwege um das Kap der Guten Hoffnung. Als nicht börsennotiertes Unternehmen veröffentlicht Maritex Quartalszahlen nur in verkürzter Form.",
]),
("Die EU-Kommission hat gegen Orbis Search ein Verfahren wegen seines KI-Assistenten eingeleitet.", L, [
"The European Commission fined Orbis Search EUR 1.2 billion on Tuesday for abusing its dominant position in online advertising technology. The company said it was reviewing the decision. Orbis Search has rolled out its AI assistant in 24 EU languages this year and plans to integrate it into its email and office products.",
]),
("Die Zahl der Baugenehmigungen für Wohnungen in Deutschland ist 2024 um 17 Prozent gesunken.", L, [
"2023 wurden in Deutschland 294.400 Wohnungen fertiggestellt, annähernd so viele wie im Vorjahr. Die Zahl der Baugenehmigungen war im selben Jahr um 26,6 Prozent auf 260.100 eingebrochen. Der Bauüberhang lag bei rund 826.000 Wohnungen. Die Bauwirtschaft rechnet mit weiter sinkenden Fertigstellungen.",
]),
("Das Forschungsschiff Polarstern bricht im Dezember zu einer Expedition in die Antarktis auf.", L, [
"Nach 77 Tagen auf See ist die Polarstern wieder in Bremerhaven eingelaufen. Die Arktis-Expedition hatte das Schiff bis in die zentrale Arktis geführt. Im Herbst wird die Polarstern in einer Werft gewartet. Ein Nachfolgeschiff soll frühestens 2030 in Dienst gehen.",
]),
("Der Rückversicherer Albis Re hat für Unwetterschäden im Jahr 2024 rund 1,5 Milliarden Euro zurückgestellt.", L, [
"Albis Re stellt für 2025 einen Nettogewinn von 5,0 bis 5,4 Milliarden Euro in Aussicht. Im Jahr 2023 hatte die Belastung durch Großschäden aus Naturkatastrophen 1,5 Milliarden Euro betragen. Die Aktionäre sollen zudem über ein Rückkaufprogramm von einer Milliarde Euro profitieren.",
]),
("Wird der Hamburger Hafen 2025 eine neue Containerbrücke in Betrieb nehmen?", L, [
"Der Seegüterumschlag im Hamburger Hafen verringerte sich 2023 um 4,3 Prozent auf 114,3 Millionen Tonnen. Im Containerverkehr wurden 7,7 Millionen Standardcontainer umgeschlagen. Die Reederei MSC hat inzwischen einen Anteil von 49,9 Prozent am Hafenbetreiber HHLA übernommen.",
]),
("Die türkische Zentralbank hat im Juli den Leitzins auf 50 Prozent angehoben.", L, [
"Turkey's annual consumer price inflation eased to 71.6% in June from 75.5% in May, the Turkish Statistical Institute said. Economists expect the rate to fall further in the second half of the year as base effects kick in. The central bank is scheduled to announce its next rate decision on July 23.",
]),
("Rheintal Energie erhöht zum 1. Januar die Strompreise um 8 Prozent.", L, [
"Rheintal Energie plant bis 2030 Netzinvestitionen von 7,9 Milliarden Euro. Nach Angaben der Bundesnetzagentur steigen die Netzentgelte im Versorgungsgebiet des Unternehmens im kommenden Jahr um durchschnittlich 8 Prozent. Ob und in welchem Umfang der Versorger dies an Endkunden weitergibt, ließ ein Sprecher offen.",
]),
("Die Kupferproduktion in Chile ist im ersten Quartal um 4 Prozent gestiegen.", L, [
"Im Auftaktquartal förderte die Mine Altavista in den peruanischen Anden 86.000 Tonnen Kupfer, neun Prozent weniger als ein Jahr zuvor. Die Molybdänproduktion stieg dagegen um 5 Prozent. Der Kupferpreis an der Londoner Metallbörse notierte zuletzt bei rund 9.800 Dollar je Tonne.",
]),
("Die Universität Heidelberg erhält 20 Millionen Euro für ein neues Krebsforschungszentrum.", L, [
"Ein neuer Bluttest aus Heidelberg erkennt Bauchspeicheldrüsenkrebs in 91 Prozent der Fälle, berichtet ein Team des Universitätsklinikums. In die Studie flossen 1.100 Blutproben ein. Bis zu einem Einsatz in der Praxis seien weitere Untersuchungen nötig, betonen die Forschenden.",
"Das Land Baden-Württemberg fördert die Digitalisierung von Kliniken in den nächsten zwei Jahren mit insgesamt 20 Millionen Euro.",
]),
("Die Aktie von Helmrich Bau hat am Donnerstag ein Rekordhoch erreicht.", L, [
"Der Dax kletterte am Donnerstag auf ein Rekordhoch von 18.892 Punkten. Auch Rheinmetall und die Deutsche Telekom markierten neue Höchststände. Im SDax legten die Papiere von Helmrich Bau um 1,2 Prozent zu, nachdem eine Bank das Kursziel angehoben hatte. Gefragt waren zudem Versorgerwerte.",
]),
("Apfelwerk Software plant die Übernahme eines US-Konkurrenten für 1,5 Milliarden Euro.", L, [
"Apfelwerk Software posted net income of EUR 212 million for the April-June period. Revenue increased 11% to EUR 1.34 billion. The company ended the quarter with cash and equivalents of EUR 1.5 billion. Chief executive Jens Ahlgren said the group would continue to look at 'selective, bolt-on acquisitions' but gave no details.",
]),
("Der Anteil der Teilzeitbeschäftigten in Deutschland erreichte 2023 einen Höchststand von 31 Prozent.", L, [
"Im Jahresdurchschnitt 2023 waren rund 45,9 Millionen Menschen mit Arbeitsort in Deutschland erwerbstätig, so viele wie nie seit der Wiedervereinigung. Die Zahl der Selbstständigen einschließlich mithelfender Familienangehöriger sank auf 3,9 Millionen. Die Zahl der Arbeitnehmerinnen und Arbeitnehmer stieg um 0,9 Prozent.",
]),
("Hat die Bafin der Kronberg Bank das Neukundengeschäft untersagt?", L, [
"Die Finanzaufsicht Bafin hat gegen die Kronberg Bank ein Bußgeld von 2,4 Millionen Euro verhängt. Beanstandet wurden Mängel bei der Geldwäscheprävention. Die Aufsicht hat zudem einen Sonderbeauftragten eingesetzt, der die Umsetzung der Verbesserungen überwachen soll. Die Bank erklärte, sie habe die Schwachstellen inzwischen behoben.",
]),
("Die Sparkasse Obersee zahlt für Festgeld mit einem Jahr Laufzeit 3 Prozent Zinsen.", L, [
"Ab dem 1. März bekommen Neukunden der Sparkasse Obersee 2,50 Prozent aufs Tagesgeld. Das Angebot gilt für Einlagen bis 100.000 Euro und ist auf sechs Monate befristet. Bestandskunden erhalten 1,0 Prozent. Bei Direktbanken lagen die Tagesgeldzinsen zuletzt bei bis zu 3 Prozent.",
]),
("Das Logistikunternehmen Fernlinie hat 2024 einen Umsatz von 2,3 Milliarden Euro erzielt.", L, [
"Fernlinie hat in Bremen ein neues Umschlagzentrum eröffnet. Auf 40.000 Quadratmetern werden dort künftig Sendungen für Norddeutschland und Skandinavien gebündelt. Das Unternehmen beschäftigt nach der Übernahme von Trans-Vistula etwa 11.900 Menschen in 14 Ländern. Im Bau befindet sich zudem ein Kühllager in Posen.",
]),
("Das Start-up Flinkbau will nach Österreich und in die Schweiz expandieren.", L, [
"Flinkbau, a Munich-based construction software start-up, has closed a EUR 45 million Series B round. The fresh capital will go into product development and hiring about 60 engineers, the company said. Flinkbau's software is used on more than 900 building sites, mostly in Germany.",
]),
("Die Zahl der Übernachtungen ausländischer Gäste in Deutschland lag 2024 bei 86 Millionen.", L, [
"Beherbergungsbetriebe in Deutschland verbuchten 2024 knapp 496,1 Millionen Übernachtungen. Die Zahl der Übernachtungen von Gästen aus dem Inland stieg um 1 Prozent. Besonders gefragt waren Ferienwohnungen und Campingplätze. In den Städten mit mehr als 100.000 Einwohnern wurden 2024 erstmals mehr als 140 Millionen Übernachtungen gezählt.",
]),
("Der Medienkonzern Ostwind Media verkauft seinen Radiosender Welle Nord.", L, [
"Ostwind Media will in der Hamburger Zentrale 250 von 1.250 Verwaltungsstellen abbauen. Hintergrund sind sinkende Werbeerlöse im Printgeschäft. In den Redaktionen sind vorerst keine Kürzungen geplant. Zum Konzern gehören mehrere Regionalzeitungen, Anzeigenblätter und Radiobeteiligungen.",
]),
("Der Schweizer Uhrenhersteller Tavaro hat seine Exporte nach China um 11 Prozent gesteigert.", L, [
"Tavaro hat einen neuen Chef: Der bisherige Vertriebsleiter Marc Aebischer übernimmt ab Januar die Leitung der Uhrenmanufaktur aus dem Jura. Die Schweizer Uhrenexporte insgesamt gingen im ersten Halbjahr um 2 Prozent zurück, während die Lieferungen in die Vereinigten Staaten um 5 Prozent zulegten. Tavaro veröffentlicht als Familienunternehmen keine Umsatzzahlen.",
]),
("Die Bundesregierung plant eine neue Kaufprämie von 4.000 Euro für Elektroautos.", L, [
"Die staatliche Umweltprämie für Elektroautos war Ende 2023 abrupt gestoppt worden, nachdem das Bundesverfassungsgericht den Klima- und Transformationsfonds beschnitten hatte. Zuvor gab es für reine Elektroautos bis zu 4.500 Euro Förderung. Händler berichten seither von einer deutlichen Kaufzurückhaltung.",
]),
("Der Internationale Währungsfonds rechnet für Deutschland 2025 mit einem Wachstum von 0,8 Prozent.", L, [
"The IMF kept its global growth forecast for 2025 at 3.2%. It trimmed its outlook for the euro area, citing weak manufacturing, and cut its 2024 projection for Germany to 0.0%, making it the weakest performer among the Group of Seven economies this year. The Fund expects inflation in advanced economies to return to target in 2025.",
]),
("Ist Bayer Leverkusen in der Saison 2023/24 auch im DFB-Pokal ungeschlagen geblieben?", L, [
"Mit 28 Siegen und sechs Unentschieden beendete Bayer 04 Leverkusen die Bundesliga-Saison 2023/24 als erstes Team ungeschlagen. Mit 90 Punkten lag die Werkself am Ende 17 Zähler vor dem VfB Stuttgart. Trainer Xabi Alonso verlängerte seinen Vertrag bis 2026.",
]),
]
