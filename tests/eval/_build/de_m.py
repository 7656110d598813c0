L = "mixed"
ITEMS = [
("Der Autozulieferer Greifen Tech hat im zweiten Quartal 14 Prozent mehr umgesetzt als ein Jahr zuvor.", L, [
"Greifen Tech hat im zweiten Quartal kräftig zugelegt. Der Umsatz stieg im Vergleich zum Vorjahreszeitraum um 14 Prozent auf 1,7 Milliarden Euro, berichtete ein Wirtschaftsdienst am Mittwoch unter Berufung auf die Quartalsmitteilung. Das bereinigte Ebit verbesserte sich auf 98 Millionen Euro.",
"Korrektur: In einer früheren Fassung dieses Artikels hieß es, der Umsatz von Greifen Tech sei im zweiten Quartal um 14 Prozent gestiegen. Tatsächlich betrug das Plus gegenüber dem Vorjahresquartal 4 Prozent; die Erlöse lagen bei 1,7 Milliarden Euro. Wir bitten, den Fehler zu entschuldigen.",
]),
("Stimmt es, dass am Samstag rund 100.000 Menschen in Berlin gegen Rechtsextremismus demonstriert haben?", L, [
"Nach Angaben der Veranstalter sind am Samstag rund 100.000 Menschen in Berlin gegen Rechtsextremismus auf die Straße gegangen. Der Protestzug führte vom Brandenburger Tor bis zum Reichstagsgebäude. Aufgerufen hatte ein Bündnis aus mehr als 80 Organisationen, darunter Gewerkschaften und Kirchen.",
"Die Berliner Polizei zählte bei der Kundgebung am Samstag etwa 35.000 Teilnehmerinnen und Teilnehmer. Die Angaben der Organisatoren von 100.000 Menschen seien deutlich zu hoch, sagte ein Polizeisprecher. Die Versammlung sei weitgehend friedlich verlaufen, es habe drei Festnahmen gegeben.",
]),
("Die Ölförderung Russlands ist im Mai auf 9,2 Millionen Barrel pro Tag gesunken.", L, [
"Russia's crude oil output fell to 9.2 million barrels per day in May, according to industry sources familiar with the data, as the country sought to comply with its OPEC+ quota after overproducing earlier in the year. Seaborne exports of crude were little changed.",
"Nach Berechnungen der Internationalen Energieagentur förderte Russland im Mai durchschnittlich 9,4 Millionen Barrel Rohöl pro Tag und lag damit erneut über seiner Quote im Rahmen der Opec+. Die Exporterlöse aus Öl und Ölprodukten stiegen laut IEA auf 15,3 Milliarden Dollar.",
]),
("Hat Halvern Chemie im Jahr 2024 einen Verlust geschrieben?", L, [
"Halvern Chemie rutscht in die roten Zahlen. Für das Geschäftsjahr 2024 weist der Spezialchemiekonzern einen Nettoverlust von 120 Millionen Euro aus, wie aus Unterlagen hervorgeht, die der Redaktion vorliegen. Belastend wirkten Abschreibungen auf die Basischemie.",
"Entgegen ersten Medienberichten hat Halvern Chemie 2024 keinen Verlust, sondern einen Nettogewinn von 45 Millionen Euro erzielt, wie der Konzern am Freitag bei der Vorlage seines Geschäftsberichts klarstellte. Die Abschreibungen seien durch den Erlös aus dem Verkauf einer Beteiligung mehr als ausgeglichen worden.",
]),
("Die Wahlbeteiligung bei der Oberbürgermeisterwahl in Kassel lag bei 38 Prozent.", L, [
"Kassel hat einen neuen Oberbürgermeister. Der Kandidat der Grünen setzte sich in der Stichwahl mit 56,3 Prozent der Stimmen durch. Die Wahlbeteiligung lag bei enttäuschenden 38 Prozent, berichtet die Lokalzeitung am Wahlabend.",
"Das Wahlamt der Stadt Kassel hat das endgültige Ergebnis der Oberbürgermeister-Stichwahl festgestellt. Danach lag die Wahlbeteiligung bei 41,2 Prozent, höher als am Wahlabend zunächst gemeldet, da die Briefwahlbezirke erst spät ausgezählt wurden. Am Ergebnis des Siegers ändert sich nichts.",
]),
("Der Dax hat am Mittwoch 1,2 Prozent im Plus geschlossen.", L, [
"Starke Zahlen aus der Chipbranche haben den deutschen Aktienmarkt am Mittwoch angetrieben. Der Dax schloss 1,2 Prozent höher bei 18.420 Punkten. Gefragt waren vor allem Technologiewerte.",
"Der Dax beendete den Handel am Mittwoch mit einem Aufschlag von 0,7 Prozent bei 18.330 Punkten. Zwischenzeitlich hatte der Leitindex mehr als ein Prozent zugelegt, Gewinne aber im späten Handel teilweise wieder abgegeben, als die Wall Street schwächer eröffnete.",
"Der Euro notierte am Mittwochabend bei 1,0870 Dollar. Die Europäische Zentralbank setzte den Referenzkurs auf 1,0862 Dollar fest.",
]),
("Veltrano Motors hat im dritten Quartal 460.000 Fahrzeuge ausgeliefert.", L, [
"Veltrano Motors hat zwischen Juli und September 460.000 Fahrzeuge an Kunden übergeben, meldete ein Branchendienst unter Berufung auf Händlerdaten. Der Anteil der Elektroautos liege bei knapp einem Viertel.",
"Veltrano delivered 435,000 vehicles in the third quarter, the carmaker said in its official quarterly report, missing analysts' average estimate of 460,000 units. Deliveries of battery-electric models rose 9% to 101,000.",
]),
("Die Baukosten für die neue Elbbrücke sind auf 1,1 Milliarden Euro gestiegen.", L, [
"Das Großprojekt an der Elbe wird erheblich teurer. Die Baukosten für die neue Brücke sind nach Informationen dieser Zeitung auf 1,1 Milliarden Euro gestiegen, fast doppelt so viel wie bei Baubeginn veranschlagt.",
"Die zuständige Landesbehörde hat Berichte über eine Kostenexplosion bei der neuen Elbbrücke zurückgewiesen. Nach aktuellem Stand beliefen sich die Kosten auf 870 Millionen Euro; die genannte Summe von 1,1 Milliarden Euro sei nicht zutreffend, sagte ein Sprecher. Die Eröffnung sei weiterhin für 2028 geplant.",
]),
("Das DIW erwartet für 2025 ein Wirtschaftswachstum von 0,9 Prozent in Deutschland.", L, [
"Das Deutsche Institut für Wirtschaftsforschung hat seine Prognose für das kommende Jahr angehoben. Die Berliner Ökonomen erwarten für 2025 ein Wachstum des Bruttoinlandsprodukts von 0,9 Prozent, nach einer Stagnation im laufenden Jahr.",
"In seiner Winterprognose rechnet das DIW Berlin für 2025 nur noch mit einem Wachstum von 0,2 Prozent. Die Unsicherheit über die Wirtschaftspolitik und die Schwäche der Industrie belasteten die Konjunktur stärker als erwartet, hieß es. Für 2026 wird ein Plus von 1,2 Prozent vorhergesagt.",
]),
("Stimmt es, dass Bitcoin am Dienstag ein Rekordhoch von 73.000 Dollar erreicht hat?", L, [
"Die Kryptowährung Bitcoin hat am Dienstag ein neues Allzeithoch von 73.050 Dollar erreicht. Getrieben wird die Rally vor allem von Zuflüssen in die neuen börsengehandelten Fonds in den USA.",
"Das Allzeithoch von Bitcoin lag am Dienstag bei 72.400 Dollar, bevor der Kurs im US-Handel auf 68.900 Dollar zurückfiel, wie Daten der Handelsplattform zeigen. Höhere Werte, die in einigen Medien kursierten, beruhten auf Kursen einzelner kleiner Börsen.",
]),
("Der Energiekonzern Nordsee Petro streicht 600 Stellen in Aberdeen.", L, [
"Nordsee Petro will cut 600 jobs in Aberdeen as it scales back oil and gas exploration in the North Sea, union officials said on Monday, blaming the UK's windfall tax for the decision.",
"Nordsee Petro hat Berichte über den Abbau von 600 Stellen in Aberdeen zurückgewiesen. In der schottischen Stadt fielen 250 Arbeitsplätze weg, nicht 600, sagte eine Konzernsprecherin. Betroffen seien vor allem Stellen in der Exploration.",
]),
("Die Preise für Butter in Deutschland sind im Oktober um 40 Prozent gegenüber dem Vorjahresmonat gestiegen.", L, [
"Butter ist so teuer wie nie. Im Oktober mussten Verbraucher im Schnitt 40 Prozent mehr dafür bezahlen als ein Jahr zuvor, berichtet ein Verbraucherportal auf Grundlage eigener Preiserhebungen in Supermärkten. Ein 250-Gramm-Päckchen der Eigenmarken kostet inzwischen 2,39 Euro.",
"Die Preise für Butter lagen im Oktober nach Angaben des Statistischen Bundesamtes um 29 Prozent über dem Niveau des Vorjahresmonats. Nahrungsmittel insgesamt verteuerten sich um 2,3 Prozent. Ursache für den Preisanstieg bei Butter ist vor allem ein geringerer Fettgehalt der Milch.",
]),
("Die Gamescom 2024 in Köln zählte 335.000 Besucher.", L, [
"Die Gamescom hat 2024 einen Besucherrekord aufgestellt: 335.000 Menschen kamen an fünf Tagen auf das Kölner Messegelände, teilten die Veranstalter zum Abschluss mit. 1.462 Aussteller aus 64 Ländern waren vertreten.",
"Rund 320.000 Besucherinnen und Besucher zählte die Gamescom in diesem Jahr, berichtet ein Fachmagazin unter Berufung auf eine korrigierte Auswertung der Ticketdaten. Die zunächst genannten 335.000 hätten Mehrfachbesuche von Tagesgästen doppelt erfasst.",
]),
("Fennel Robotics erzielte im ersten Halbjahr einen Umsatz von 210 Millionen Euro.", L, [
"Fennel Robotics hat im ersten Halbjahr einen Umsatz von 210 Millionen Euro erzielt, wie Finanzkreise berichten. Damit liege der Lagerroboter-Hersteller über den Erwartungen.",
"Fennel Robotics hat in seinem ersten Halbjahresbericht als börsennotiertes Unternehmen Umsatzerlöse von 198 Millionen Euro ausgewiesen, ein Plus von 31 Prozent. Der operative Verlust verringerte sich auf 12 Millionen Euro.",
]),
("Die japanische Wirtschaft ist im ersten Quartal 2024 aufs Jahr hochgerechnet um 2 Prozent geschrumpft.", L, [
"Die japanische Wirtschaft ist zu Jahresbeginn geschrumpft. Das Bruttoinlandsprodukt sank im ersten Quartal annualisiert um 2,0 Prozent, teilte die Regierung in Tokio in ihrer ersten Schätzung mit. Der private Konsum ging das vierte Quartal in Folge zurück.",
"Revised data showed Japan's economy shrank an annualized 2.9% in January-March, a much steeper contraction than the initial estimate of 2.0%, after the government incorporated corrected construction statistics. Capital expenditure was also revised lower.",
]),
("Die Stadt Frankfurt am Main hat 2024 Gewerbesteuereinnahmen von 2,4 Milliarden Euro erzielt.", L, [
"Frankfurt kann sich über sprudelnde Steuereinnahmen freuen. Die Stadt nahm 2024 rund 2,4 Milliarden Euro an Gewerbesteuer ein, berichtet der Hessische Rundfunk unter Berufung auf Stadtverordnete.",
"Die Gewerbesteuereinnahmen der Stadt Frankfurt am Main beliefen sich 2024 nach dem vorläufigen Jahresabschluss auf 2,1 Milliarden Euro, teilte die Stadtkämmerei mit. Damit wurde der Haushaltsansatz leicht übertroffen. Der Großteil stammt von Banken und Versicherungen.",
]),
("Stimmt es, dass der SV Altona 09 für den Stürmer Malik Osei eine Ablöse von 12 Millionen Euro bezahlt hat?", L, [
"Der SV Altona 09 hat seinen Rekordtransfer perfekt gemacht. Stürmer Malik Osei kommt für eine Ablöse von 12 Millionen Euro aus Belgien und unterschreibt einen Vertrag bis 2029.",
"Nach Vereinsangaben lag die Ablöse für Malik Osei bei 7,5 Millionen Euro. Berichte über 12 Millionen Euro seien deutlich übertrieben, sagte Sportvorstand Jens Lehmkuhl bei der Vorstellung des Angreifers. Erfolgsabhängige Zahlungen seien im Vertrag nicht vorgesehen.",
]),
("Der Umsatz im deutschen Onlinehandel ist 2024 um 3,8 Prozent gestiegen.", L, [
"Der Onlinehandel in Deutschland ist 2024 wieder gewachsen. Der Branchenverband bevh meldet einen Umsatzanstieg bei Waren um 3,8 Prozent auf 80,6 Milliarden Euro.",
"Der Umsatz im deutschen Onlinehandel ist 2024 nach Berechnungen des Handelsverbands HDE um 1,2 Prozent gesunken. Vor allem bei Elektronik und Mode hätten sich die Verbraucher zurückgehalten, hieß es.",
]),
("Der Elektronikkonzern Miravo hat 2024 weltweit 230 Millionen Smartphones ausgeliefert.", L, [
"Miravo hat 2024 weltweit 230 Millionen Smartphones ausgeliefert, so viele wie kein anderer Hersteller, schreibt ein Technologieportal unter Berufung auf Zulieferer.",
"Miravo shipped 212 million smartphones worldwide in 2024, down 3% from a year earlier, according to estimates from market research firm Canalys. The company lost the top spot to a South Korean rival.",
]),
("Die Inflationsrate in Spanien lag im Juli bei 2,8 Prozent.", L, [
"In Spanien ist die Teuerung im Juli nach einer Schnellschätzung des Statistikamts INE auf 2,8 Prozent gesunken, nach 3,4 Prozent im Juni.",
"Das spanische Statistikamt INE hat die Inflationsrate für Juli in der endgültigen Berechnung auf 2,9 Prozent revidiert. Die Kerninflation lag bei 2,8 Prozent, nach 3,0 Prozent im Juni.",
]),
("Die Stadtwerke Lindau erhöhen den Grundpreis für Strom um 5 Euro im Monat.", L, [
"Stromkunden der Stadtwerke Lindau müssen ab Februar tiefer in die Tasche greifen: Der Grundpreis steigt um 5 Euro im Monat, berichtet die Lokalzeitung unter Berufung auf ein Kundenschreiben.",
"Die Stadtwerke Lindau haben Berichte über eine Anhebung des Grundpreises dementiert. Der monatliche Grundpreis für Strom bleibe unverändert bei 12,50 Euro, teilte der Versorger mit. Es handle sich um eine Verwechslung mit dem Gasnetzentgelt eines benachbarten Anbieters.",
]),
("Der Pharmakonzern Vireo hat in der EU die Zulassung für sein Alzheimer-Medikament erhalten.", L, [
"Die EU-Kommission hat dem Alzheimer-Mittel von Vireo die Zulassung erteilt, berichtet ein Fachdienst. Das Medikament könne damit in allen 27 Mitgliedstaaten vermarktet werden.",
"Vireo said on Friday that Europe's drug regulator had recommended against approving its Alzheimer's drug, citing the risk of brain swelling. Without a positive recommendation the European Commission cannot grant marketing authorisation; Vireo said it would request a re-examination.",
]),
]
