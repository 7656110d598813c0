L = "contradicted"
ITEMS = [
("Der Umsatz der Brauerei Kessler ist 2024 um 8 Prozent gestiegen.", L, [
"Die Privatbrauerei Kessler aus dem Allgäu hat 2024 trotz des verregneten Sommers zugelegt. Die Erlöse wuchsen um 5 Prozent auf 312 Millionen Euro, wie Geschäftsführer Anton Kessler bei der Bilanzvorlage sagte. Besonders gut lief das Geschäft mit alkoholfreien Sorten: Deren Absatz legte um 8 Prozent zu und macht inzwischen ein Fünftel der verkauften Menge aus. Der Gesamtausstoß stieg leicht auf 1,1 Millionen Hektoliter.",
]),
("Die Arbeitslosenquote in Österreich ist im Mai auf 7,2 Prozent gestiegen.", L, [
"Die Arbeitslosigkeit in Österreich hat im Mai weiter zugenommen. Ende des Monats waren beim Arbeitsmarktservice rund 283.000 Personen arbeitslos oder in Schulung gemeldet, um 9,8 Prozent mehr als ein Jahr zuvor. Die Arbeitslosenquote nach nationaler Definition lag bei 6,2 Prozent, nach 5,7 Prozent im Mai des Vorjahres. Am stärksten betroffen waren der Bau und die Industrie.",
]),
("Der Windturbinenhersteller Aeolis hat im zweiten Quartal einen Gewinn erzielt.", L, [
"Aeolis rutschte im zweiten Quartal tiefer in die roten Zahlen. Der Nettoverlust belief sich auf 410 Millionen Euro, nach einem Minus von 280 Millionen Euro im Vorjahreszeitraum. Belastend wirkten erneut Qualitätsprobleme bei Onshore-Turbinen, für die zusätzliche Rückstellungen gebildet werden mussten. Der Auftragseingang stieg hingegen um 14 Prozent auf 4,4 Milliarden Euro.",
"Die Aktie von Aeolis schloss am Tag der Zahlen 2,8 Prozent im Minus. Analysten lobten zwar den Auftragseingang, vermissten aber einen klaren Zeitplan für die Rückkehr in die Gewinnzone.",
]),
("Hat der Stromanbieter Voltaris die Preise zum 1. April gesenkt?", L, [
"Voltaris erhöht zum 1. April den Arbeitspreis für Bestandskunden um 2,3 Cent je Kilowattstunde. Für einen Durchschnittshaushalt mit 3.500 Kilowattstunden Jahresverbrauch bedeutet das Mehrkosten von etwa 80 Euro pro Jahr. Das Unternehmen begründet den Schritt mit gestiegenen Netzentgelten und Abgaben. Kunden haben ein Sonderkündigungsrecht.",
]),
("Der chinesische Autobauer Rongda hat im ersten Halbjahr 1,2 Millionen Fahrzeuge exportiert.", L, [
"Rongda exported 820,000 vehicles in the first half of the year, up 31% from the same period a year earlier, as it pushed deeper into markets in the Middle East, Latin America and Russia. Total sales, including the domestic market, reached 1.2 million units. The company's electric models accounted for just over half of overseas shipments. Rongda is building an assembly plant in Turkey to avoid EU tariffs.",
]),
("Die Inflationsrate im Euroraum ist im September 2024 auf 1,5 Prozent gesunken.", L, [
"Die jährliche Inflationsrate im Euroraum lag im September 2024 bei 1,7 %, gegenüber 2,2 % im August, teilte das Statistikamt Eurostat mit. Ein Jahr zuvor hatte sie 4,3 % betragen. Die niedrigsten Raten verzeichneten Irland (0,0 %), Slowenien (0,6 %) und Litauen (0,4 %). Dienstleistungen leisteten den größten Beitrag zur Teuerung.",
"Die Europäische Zentralbank dürfte die Daten als Bestätigung für weitere Zinssenkungen sehen. Volkswirte erwarten für Oktober einen weiteren Schritt um 25 Basispunkte.",
]),
("Der Flughafen München hat 2023 mehr als 40 Millionen Passagiere abgefertigt.", L, [
"Mit 37,0 Millionen Fluggästen lag der Münchner Airport 2023 noch deutlich unter dem Vorkrisenniveau von 47,9 Millionen im Jahr 2019. Gegenüber 2022 entspricht das immerhin einem Plus von 17 Prozent. Die Zahl der Starts und Landungen stieg auf rund 285.000. Für das laufende Jahr rechnet die Flughafengesellschaft mit gut 41 Millionen Passagieren.",
]),
("Der Netzbetreiber Telvanet hat im dritten Quartal 350.000 neue Glasfaserkunden gewonnen.", L, [
"Telvanet hat im dritten Quartal 215.000 neue Glasfaseranschlüsse aktiviert, nach 350.000 im zweiten Quartal. Den Rückgang begründete der Konzern mit Verzögerungen beim Tiefbau in mehreren Ausbaugebieten. Insgesamt nutzen nun 2,9 Millionen Haushalte einen Glasfaseranschluss von Telvanet. Der Umsatz stieg um 3 Prozent auf 5,6 Milliarden Euro.",
]),
("Den Auftrag für die neue S-Bahn-Flotte in Hamburg hat der Hersteller Ferrotrain erhalten.", L, [
"Die Hamburger S-Bahn bekommt neue Züge vom Hersteller Railcon. Das Unternehmen liefert ab 2028 insgesamt 64 vierteilige Fahrzeuge, der Auftragswert liegt bei rund 1,1 Milliarden Euro. Die unterlegenen Bieter Ferrotrain und Alvena hatten sich ebenfalls um den Großauftrag beworben. Die Verkehrsbehörde lobte das Konzept für mehr Stehplätze und breitere Türen.",
]),
("Der ifo-Geschäftsklimaindex ist im Juli gestiegen.", L, [
"Die Stimmung in der deutschen Wirtschaft hat sich im Juli eingetrübt. Der ifo Geschäftsklimaindex fiel auf 87,0 Punkte, nach 88,6 Punkten im Juni. Die Unternehmen beurteilten ihre aktuelle Lage schlechter, auch die Erwartungen gaben nach. Im Verarbeitenden Gewerbe sank der Index deutlich, im Handel hellte sich das Bild dagegen etwas auf.",
]),
("Der Stahlkonzern Ruhrstahl zahlt für 2024 eine Dividende von 50 Cent je Aktie.", L, [
"Ruhrstahl will skip its dividend for the 2024 financial year after swinging to a net loss of EUR 290 million, the Duisburg-based steelmaker said on Thursday. A year earlier shareholders had received 50 cents per share. Chief executive Lars Winter blamed weak demand from the auto industry, high energy costs and cheap imports from Asia. The company plans to cut 1,100 jobs by 2026.",
]),
("Stimmt es, dass der Regierungsentwurf für den Bundeshaushalt 2025 Ausgaben von 520 Milliarden Euro vorsieht?", L, [
"Das Bundeskabinett hat den Entwurf für den Haushalt 2025 beschlossen. Er sieht Ausgaben von 488,6 Milliarden Euro vor, etwas weniger als im laufenden Jahr. Die Neuverschuldung soll bei 51,3 Milliarden Euro liegen und damit innerhalb der Grenzen der Schuldenbremse. Für Investitionen sind 78 Milliarden Euro eingeplant. Das Parlament berät im Herbst über den Etat.",
]),
("Die Produktion im Produzierenden Gewerbe ist im April gegenüber dem Vormonat um 1,4 Prozent gestiegen.", L, [
"Die Produktion im Produzierenden Gewerbe ist im April 2024 gegenüber dem Vormonat preis-, saison- und kalenderbereinigt um 2,5 Prozent gesunken. Im März hatte es noch ein Plus von 1,4 Prozent gegeben, nach Revision der ersten Schätzung. Besonders deutlich ging die Produktion in der Energieerzeugung und im Baugewerbe zurück. Im Vergleich zum April 2023 lag die Produktion 6,7 Prozent niedriger.",
]),
("Der Softwarekonzern Datavista hat seinen Firmensitz nach Berlin verlegt.", L, [
"Datavista bleibt in Walldorf. Berichte über einen Umzug der Konzernzentrale in die Hauptstadt wies ein Sprecher am Dienstag zurück. Richtig sei lediglich, dass das Unternehmen in Berlin ein neues Entwicklungszentrum mit bis zu 400 Arbeitsplätzen für künstliche Intelligenz eröffne. Der Vorstand werde weiterhin von Baden-Württemberg aus arbeiten.",
"Walldorf ist Heimat mehrerer Softwareunternehmen. Die Gemeinde profitiert von hohen Gewerbesteuereinnahmen.",
]),
("Die Zahl der Asylerstanträge in Deutschland ist 2024 um 15 Prozent gestiegen.", L, [
"Das Bundesamt für Migration und Flüchtlinge hat 2024 rund 230.000 Erstanträge auf Asyl registriert, fast ein Drittel weniger als im Vorjahr, als es noch knapp 330.000 waren. Die meisten Antragstellerinnen und Antragsteller kamen aus Syrien, Afghanistan und der Türkei. Bundesinnenministerin Nancy Faeser führte den Rückgang unter anderem auf die Kontrollen an den Binnengrenzen zurück.",
]),
("Das Schweizer Industrieunternehmen Alpinex hat im Geschäftsjahr einen Umsatz von 3,4 Milliarden Franken erzielt.", L, [
"Alpinex reported annual sales of CHF 2.9 billion, a decline of 4% in local currencies, as demand from European machine builders remained subdued. Order intake, however, rose to CHF 3.4 billion, giving management confidence for the coming year. The Zurich-listed group proposed an unchanged dividend of CHF 4.20 per share. Alpinex shares gained 2% on the news.",
]),
("Ist der Bitcoin-Kurs am Montag unter 50.000 Dollar gefallen?", L, [
"Bitcoin gab zum Wochenstart zwar um 4 Prozent nach, hielt sich aber klar über der Marke von 55.000 Dollar; das Tagestief lag bei 55.420 Dollar. Auslöser der Verkäufe waren Abflüsse aus börsengehandelten Bitcoin-Fonds in den USA. Ether verlor im gleichen Zeitraum 6 Prozent. Am Abend erholten sich die Kurse etwas.",
]),
("Die deutsche Fußball-Nationalmannschaft der Frauen hat bei den Olympischen Spielen 2024 die Goldmedaille gewonnen.", L, [
"Im Spiel um Platz drei setzte sich das DFB-Team in Lyon gegen Weltmeister Spanien mit 1:0 durch und holte damit die Bronzemedaille. Das Tor erzielte Giulia Gwinn per Foulelfmeter, Torhüterin Ann-Katrin Berger hielt in der Nachspielzeit einen Strafstoß. Gold ging an die USA, die im Finale Brasilien mit 1:0 besiegten.",
]),
("Der Leipziger Stadtrat hat eine Erhöhung der Grundsteuer beschlossen.", L, [
"Die geplante Anhebung des Grundsteuer-Hebesatzes ist im Leipziger Stadtrat gescheitert. Der Antrag der Verwaltung fand am Mittwochabend keine Mehrheit: 31 Stadträtinnen und Stadträte stimmten dafür, 38 dagegen, drei enthielten sich. Der Kämmerer muss nun neue Sparvorschläge vorlegen, um die Lücke von rund 25 Millionen Euro im Haushalt zu schließen.",
]),
("Die deutschen Exporte in die USA sind 2024 auf 161 Milliarden Euro gestiegen.", L, [
"Die Vereinigten Staaten waren 2024 erneut der wichtigste Abnehmer deutscher Waren. Die Exporte dorthin stiegen nach vorläufigen Angaben auf 158 Milliarden Euro, ein Plus von 1,4 Prozent. Die Importe aus den USA summierten sich auf 93 Milliarden Euro. Der hohe Überschuss dürfte nach Einschätzung von Ökonomen zu neuen Handelskonflikten mit Washington führen.",
"China fiel bei den deutschen Exporten auf Rang vier zurück, hinter Frankreich und den Niederlanden. Nach China wurden Waren für rund 90 Milliarden Euro ausgeführt.",
]),
("Hat der Batteriehersteller Voltcell sein Werk in Heide in Betrieb genommen?", L, [
"Voltcell hat den Bau seiner Batteriefabrik im schleswig-holsteinischen Heide vorerst auf Eis gelegt. Eine Produktion werde es dort auf absehbare Zeit nicht geben, sagte ein Sprecher. Hintergrund sind Finanzierungsprobleme des Mutterkonzerns, der in Schweden Gläubigerschutz beantragt hat. Bund und Land hatten Fördermittel von rund 700 Millionen Euro zugesagt, die bislang nicht vollständig ausgezahlt wurden.",
]),
("Die Ölförderung der USA erreichte 2023 einen Rekord von durchschnittlich 14,5 Millionen Barrel pro Tag.", L, [
"U.S. crude oil production averaged a record 12.9 million barrels per day in 2023, surpassing the previous high of 12.3 million b/d set in 2019, the Energy Information Administration said. Monthly output peaked at more than 13.3 million b/d in December. Texas and New Mexico, home to the Permian Basin, accounted for most of the growth. Total petroleum liquids output, which includes natural gas liquids, was considerably higher.",
]),
("Die Aktie von Helmrich Bau ist nach den Quartalszahlen um 6 Prozent gestiegen.", L, [
"Papiere von Helmrich Bau verloren nach Vorlage der Zahlen für das erste Quartal 6 Prozent und waren damit Schlusslicht im SDax. Der Baukonzern hatte einen Umsatzrückgang von 11 Prozent gemeldet und die Prognose für die Bauleistung gesenkt. Der Auftragsbestand schrumpfte auf 5,3 Milliarden Euro. Ein Händler sprach von einer herben Enttäuschung.",
"Der SDax insgesamt schloss 0,2 Prozent höher.",
]),
("Der Anteil erneuerbarer Energien am Bruttostromverbrauch in Deutschland lag 2023 bei 62 Prozent.", L, [
"Erneuerbare Energien deckten im Jahr 2023 rund 52 Prozent des Bruttostromverbrauchs in Deutschland, so die Bilanz der Branchenverbände. Windkraft an Land lieferte dabei den größten Beitrag. Im Vorjahr hatte der Anteil noch bei 46 Prozent gelegen. An der öffentlichen Nettostromerzeugung, einer anderen Kennzahl, kamen Wind, Sonne und Co. sogar auf 62 Prozent.",
]),
("Der Onlinehändler Kaufzeit beschäftigt inzwischen mehr als 5.000 Menschen.", L, [
"Der Leipziger Onlinehändler Kaufzeit wächst weiter und eröffnet ein drittes Logistikzentrum in Erfurt. Derzeit zählt das Unternehmen 3.800 Beschäftigte, bis 2027 soll die Zahl auf über 5.000 steigen. Der Umsatz kletterte im vergangenen Geschäftsjahr um 14 Prozent auf 930 Millionen Euro. Ein Börsengang sei kein Thema, sagte der Gründer.",
]),
("Hat der Dax in dieser Woche zum vierten Mal in Folge zugelegt?", L, [
"Nach drei Gewinnwochen in Serie hat der Dax die Handelswoche mit einem Minus von 0,9 Prozent bei 18.160 Punkten beendet. Belastet wurde der Leitindex von schwachen Konjunkturdaten aus China und Gewinnmitnahmen bei Autowerten. Am Freitag selbst schloss der Dax nahezu unverändert. Der Euro stieg zum Dollar auf 1,0950.",
]),
("Der Chiphersteller Korvant hat die Übernahme von Lyncross abgeschlossen.", L, [
"Lyncross has agreed to be acquired by rival Pellion Systems for $4.1 billion in cash, weeks after Korvant withdrew its competing bid, citing regulatory uncertainty in China. The transaction is expected to close in the first half of next year. Lyncross shareholders will receive $38.50 per share. Korvant said it would focus on organic growth and share buybacks.",
]),
("Die Kerninflation in Japan stieg im Mai auf 3,5 Prozent.", L, [
"Die japanische Kerninflationsrate, die frische Lebensmittel ausklammert, lag im Mai bei 2,5 Prozent, nach 2,2 Prozent im April. Grund für den Anstieg war vor allem das Auslaufen staatlicher Energiesubventionen. Die Dienstleistungspreise erhöhten sich um 1,7 Prozent. Die Bank of Japan dürfte nach Einschätzung von Ökonomen dennoch vorsichtig bleiben.",
]),
("Die Jahresmitteltemperatur in Deutschland lag 2024 bei 9,3 Grad Celsius.", L, [
"Mit 10,9 Grad Celsius war 2024 das wärmste Jahr in Deutschland seit Beginn der regelmäßigen Messungen 1881, teilte der Deutsche Wetterdienst mit. Der Wert lag 2,7 Grad über dem der international gültigen Referenzperiode 1961 bis 1990. Auch die Niederschlagsmenge war mit rund 900 Litern pro Quadratmeter überdurchschnittlich hoch.",
]),
("Der Umsatz von Lindqvist Möbel in Deutschland ist im Geschäftsjahr um 3 Prozent gesunken.", L, [
"Lindqvist hat seinen Umsatz in Deutschland im abgelaufenen Geschäftsjahr um 3 Prozent auf 5,1 Milliarden Euro gesteigert. Mehr Kundinnen und Kunden kamen in die 56 Einrichtungshäuser, zugleich wuchs der Onlinehandel zweistellig. Die Preise seien im Schnitt um 8 Prozent gesenkt worden, teilte das Unternehmen mit.",
]),
("Ist die Zahl der Verkehrstoten in Deutschland 2023 auf unter 2.500 gesunken?", L, [
"Im Jahr 2023 kamen auf deutschen Straßen 2.839 Menschen ums Leben, 49 weniger als im Vorjahr, berichtete das Statistische Bundesamt. Die Zahl der Verletzten stieg dagegen um 1,6 Prozent auf rund 366.000. Insgesamt registrierte die Polizei 2,5 Millionen Unfälle, so viele wie zuletzt vor der Pandemie.",
]),
("Die Europäische Zentralbank hat im Juli 2024 die Leitzinsen erneut gesenkt.", L, [
"The European Central Bank left interest rates unchanged at its July meeting, keeping the deposit rate at 3.75% after cutting it in June for the first time since 2019. President Christine Lagarde said the September decision was 'wide open' and would depend on incoming data. Markets continue to price in two more reductions this year.",
]),
("Die Preise für Wohnimmobilien in Deutschland sind 2023 um 3 Prozent gefallen.", L, [
"Wohnimmobilien in Deutschland haben sich 2023 im Jahresdurchschnitt um 8,4 Prozent verbilligt, wie das Statistische Bundesamt mitteilte. Das war der stärkste Rückgang seit Beginn der Zeitreihe im Jahr 2000. Besonders kräftig fielen die Preise für Ein- und Zweifamilienhäuser in den Großstädten. Im vierten Quartal lag das Minus im Vorjahresvergleich bei 7,1 Prozent.",
"Die Zahl der Kaufverträge für Wohnungen hat sich nach Angaben von Gutachterausschüssen zuletzt stabilisiert. Makler berichten von wieder steigender Nachfrage.",
]),
("Der Pharmakonzern Vireo hat 2024 einen Umsatz von 14 Milliarden Euro erzielt.", L, [
"Vireo hat das Geschäftsjahr 2024 mit einem Umsatz von 12,6 Milliarden Euro abgeschlossen, ein Plus von 6 Prozent zu konstanten Wechselkursen. Wachstumstreiber war das Diabetesmittel Glucavir. Der Gewinn je Aktie stieg auf 7,85 Euro. Für 2025 erwartet der Vorstand ein weiteres Umsatzwachstum im mittleren einstelligen Bereich.",
"Die Pharmabranche in Europa steht unter Druck durch geplante US-Zölle. Branchenvertreter warnen vor Produktionsverlagerungen.",
]),
("Das Softwarehaus Qubitron hat seine Prognose für das Gesamtjahr angehoben.", L, [
"Qubitron hat im zweiten Quartal den Umsatz um 9 Prozent gesteigert und die Erwartungen der Analysten leicht übertroffen. Den Ausblick bestätigte das Unternehmen: Für das Gesamtjahr werden unverändert Erlöse von 1,1 bis 1,2 Milliarden Euro erwartet. Finanzchef Jonas Brehm begründete die Zurückhaltung mit der unsicheren Konjunkturlage.",
]),
("In der EU wurde 2023 mehr Strom aus Solarenergie als aus Gas erzeugt.", L, [
"Erstmals produzierten Windkraftanlagen in der EU 2023 mehr Strom als Gaskraftwerke, wie eine Analyse des Thinktanks Ember zeigt. Wind kam auf einen Anteil von 18 Prozent an der Stromerzeugung, Gas auf 17 Prozent. Solarenergie steuerte 9 Prozent bei, Kohle nur noch 12 Prozent. Die Emissionen des Stromsektors sanken um 19 Prozent.",
]),
("Der Lebensmittelkonzern Brando hat seine Preise im ersten Halbjahr im Schnitt um 4 Prozent erhöht.", L, [
"Brando said average prices rose 2.1% in the first half of the year, a sharp slowdown from double-digit increases in 2023, while volumes increased by 4% as shoppers returned to branded goods. Organic sales growth came in at 6.1%. The Swiss food group kept its full-year margin target unchanged. Its coffee business benefited from strong demand in Asia.",
]),
("Die Bank of England hat den Leitzins im August 2024 auf 4,75 Prozent gesenkt.", L, [
"Die Bank of England hat erstmals seit Beginn der Pandemie ihren Leitzins gesenkt. Der geldpolitische Ausschuss beschloss am Donnerstag mit knapper Mehrheit von fünf zu vier Stimmen eine Senkung um 0,25 Prozentpunkte auf 5,0 Prozent. Zuvor hatte der Zins ein Jahr lang auf dem höchsten Stand seit 2008 gelegen. Eine weitere Senkung auf 4,75 Prozent erwarten Ökonomen frühestens im November.",
]),
("Der Wohnungsbaukonzern Domus Real hat 2024 rund 2.000 Wohnungen fertiggestellt.", L, [
"Domus Real stellte 2024 lediglich 1.150 Wohneinheiten fertig und damit knapp ein Drittel weniger als im Jahr davor. Weitere 2.000 Wohnungen befinden sich derzeit im Bau, für rund 4.000 liegen Baugenehmigungen vor. Vorstandschef Peter Lück forderte von der Politik schnellere Verfahren und eine Senkung der Grunderwerbsteuer.",
]),
("Hat Frankreich bei der Fußball-Europameisterschaft 2024 das Finale erreicht?", L, [
"Frankreich ist im Halbfinale der Europameisterschaft an Spanien gescheitert. In München unterlag die Équipe tricolore mit 1:2, der 16-jährige Lamine Yamal traf sehenswert zum zwischenzeitlichen Ausgleich. Im Endspiel von Berlin setzte sich Spanien anschließend mit 2:1 gegen England durch und wurde zum vierten Mal Europameister.",
]),
("Die Gesamtkosten des Bahnprojekts Stuttgart 21 liegen nach der jüngsten Schätzung bei 8 Milliarden Euro.", L, [
"Die Deutsche Bahn beziffert die Gesamtkosten für den neuen Stuttgarter Tiefbahnhof und die Zulaufstrecken inzwischen auf rund 11 Milliarden Euro, einschließlich eines Risikopuffers. Bei der Finanzierungsvereinbarung 2009 war noch von 4,5 Milliarden Euro die Rede gewesen. Die Inbetriebnahme ist nun für Dezember 2026 geplant. Über die Aufteilung der Mehrkosten streiten die Projektpartner vor Gericht.",
]),
("Der Elektronikkonzern Miravo hat im Weihnachtsquartal einen Rekordumsatz erzielt.", L, [
"Miravo's holiday-quarter revenue fell 7% to $18.4 billion, its weakest December quarter in four years, as smartphone sales slumped in China and Europe. Net income dropped 12%. The company blamed intense competition from local brands and a lack of new features in its latest flagship phone. Miravo shares fell 5% in after-hours trading.",
]),
("Die Gewerkschaft Verdi fordert für die Beschäftigten von Bund und Kommunen 10,5 Prozent mehr Lohn.", L, [
"Verdi und der Beamtenbund ziehen mit einer Forderung von 8 Prozent, mindestens aber 350 Euro mehr pro Monat in die Tarifrunde für die rund 2,5 Millionen Beschäftigten von Bund und Kommunen. Hinzu kommen drei zusätzliche freie Tage. In der vorigen Tarifrunde 2023 hatten die Gewerkschaften noch 10,5 Prozent verlangt. Die kommunalen Arbeitgeber nannten die Forderung nicht finanzierbar.",
]),
("Der Konsumgüterhersteller Pellwerk verlagert seine Produktion von Bielefeld nach Polen.", L, [
"Pellwerk hält an seinem Werk in Bielefeld fest und investiert dort in den kommenden drei Jahren 60 Millionen Euro in neue Abfüllanlagen. Eine Verlagerung nach Polen, wie sie der Betriebsrat befürchtet hatte, sei vom Tisch, sagte Geschäftsführerin Ines Hagedorn. Im Gegenzug verzichten die rund 900 Beschäftigten auf einen Teil der tariflichen Sonderzahlungen.",
]),
("Der Einkaufsmanagerindex für die Industrie in der Eurozone ist im März über die Marke von 50 Punkten gestiegen.", L, [
"The HCOB eurozone manufacturing PMI edged up to 46.1 in March from 45.7 in February, remaining well below the 50 mark that separates growth from contraction for the 21st straight month. New orders continued to decline, although at a slower pace. Germany remained the weakest performer among the large economies, while Greece and Spain reported expansion.",
]),
]
