<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>DatasetGuess</name>
    <message>
        <source>%1: no video clips, frame folders or sound files were found, and the folder is not one of the known datasets (FSDD, LPC Sprites, PhysioNet 2012, Beijing air quality, ETTh1).</source>
        <translation>%1: Es wurden keine Videoclips, Bildordner oder Tondateien gefunden, und der Ordner ist keiner der bekannten Datensätze (FSDD, LPC Sprites, PhysioNet 2012, Luftqualität Peking, ETTh1).</translation>
    </message>
    <message>
        <source>%1: one clip, sound or image is not a dataset; drop the folder that holds them instead.</source>
        <translation>%1: Ein einzelner Clip, Ton oder ein einzelnes Bild ist kein Datensatz; ziehen Sie stattdessen den Ordner herüber, der sie enthält.</translation>
    </message>
    <message>
        <source>%1: DBSE Studio does not know this kind of file. It opens folders of video clips, frame folders or sound files, .npy and .csv files, and the folders of the known datasets.</source>
        <translation>%1: DBSE Studio kennt diese Dateiart nicht. Es öffnet Ordner mit Videoclips, Bildordnern oder Tondateien, .npy- und .csv-Dateien sowie die Ordner der bekannten Datensätze.</translation>
    </message>
    <message>
        <source>%1: does not exist.</source>
        <translation>%1: existiert nicht.</translation>
    </message>
    <message>
        <source>%1 looks like a “%2” dataset, but this build of DBSE Studio cannot read that kind (it was built without media support).</source>
        <translation>%1 sieht wie ein „%2“-Datensatz aus, aber dieser Build von DBSE Studio kann diese Art nicht lesen (er wurde ohne Medienunterstützung gebaut).</translation>
    </message>
</context>
<context>
    <name>PlotImageExport</name>
    <message>
        <source>%1: there is no map to save</source>
        <translation>%1: Es gibt keine Karte zum Speichern</translation>
    </message>
    <message>
        <source>%1: the image could not be encoded</source>
        <translation>%1: Das Bild konnte nicht kodiert werden</translation>
    </message>
    <message>
        <source>%1: unsupported image type (use .png%2)</source>
        <translation>%1: nicht unterstützter Bildtyp (verwenden Sie .png%2)</translation>
    </message>
</context>
<context>
    <name>RowExport</name>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animiertes GIF (*.gif)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-Video (*.mp4)</translation>
    </message>
    <message>
        <source>PNG strip (*.png)</source>
        <translation>PNG-Streifen (*.png)</translation>
    </message>
    <message>
        <source>WAV sound, rows one after another (*.wav)</source>
        <translation>WAV-Ton, Zeilen nacheinander (*.wav)</translation>
    </message>
    <message>
        <source>CSV in the dataset&apos;s units (*.csv)</source>
        <translation>CSV in den Einheiten des Datensatzes (*.csv)</translation>
    </message>
    <message>
        <source>NumPy array (*.npy)</source>
        <translation>NumPy-Array (*.npy)</translation>
    </message>
    <message>
        <source>Export rows</source>
        <translation>Zeilen exportieren</translation>
    </message>
</context>
<context>
    <name>SequenceLabels</name>
    <message>
        <source>Sequence %1</source>
        <translation>Sequenz %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>dbse::studio::AddDatasetDialog</name>
    <message>
        <source>Cancelled; nothing was cached.</source>
        <translation>Abgebrochen; nichts wurde zwischengespeichert.</translation>
    </message>
    <message>
        <source>Add Dataset</source>
        <translation>Datensatz hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>&amp;Path:</source>
        <translation>&amp;Pfad:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>On a &amp;bad file:</source>
        <translation>Bei fehlerhafter Date&amp;i:</translation>
    </message>
    <message>
        <source>Stop and show the error</source>
        <translation>Anhalten und den Fehler zeigen</translation>
    </message>
    <message>
        <source>Skip it and carry on</source>
        <translation>Überspringen und weitermachen</translation>
    </message>
    <message>
        <source>Preprocessing options (defaults are left out of the dataset text):</source>
        <translation>Vorverarbeitungsoptionen (Standardwerte erscheinen nicht im Datensatztext):</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>&amp;Cancel Build</source>
        <translation>Erstellen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>B&amp;uild</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>The first sequences of the training split</source>
        <translation>Die ersten Sequenzen des Trainingsteils</translation>
    </message>
    <message>
        <source>a file</source>
        <translation>eine Datei</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>ein Ordner</translation>
    </message>
    <message>
        <source>Choose the Dataset File</source>
        <translation>Datensatz-Datei wählen</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the Dataset Folder</source>
        <translation>Datensatz-Ordner wählen</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Training sequences: %1, test sequences: %2</source>
        <translation>Trainingssequenzen: %1, Testsequenzen: %2</translation>
    </message>
    <message>
        <source>Each sequence: %1 (frames × channels × height × width)</source>
        <translation>Jede Sequenz: %1 (Bilder × Kanäle × Höhe × Breite)</translation>
    </message>
    <message>
        <source>Each sequence: %1 (steps × features)</source>
        <translation>Jede Sequenz: %1 (Schritte × Merkmale)</translation>
    </message>
    <message>
        <source>Static labels: %1</source>
        <translation>Statische Labels: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Dynamic labels: %1</source>
        <translation>Dynamische Labels: %1</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n bad file(s):</source>
        <translation>
            <numerusform>%n fehlerhafte Datei übersprungen:</numerusform>
            <numerusform>%n fehlerhafte Dateien übersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <source>Not cached (this kind loads fast from its source).</source>
        <translation>Nicht zwischengespeichert (diese Art lädt schnell aus ihrer Quelle).</translation>
    </message>
    <message>
        <source>Cache: %1</source>
        <translation>Cache: %1</translation>
    </message>
</context>
<context>
    <name>dbse::studio::CentralTabs</name>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Training curves will appear here when a run trains: every loss term for the train and validation splits, with progress, pause, resume and stop.</source>
        <translation>Hier erscheinen die Trainingskurven, sobald ein Lauf trainiert: jeder Verlustterm für Trainings- und Validierungsdaten, mit Fortschritt, Pause, Fortsetzen und Stopp.</translation>
    </message>
    <message>
        <source>&amp;Latent map</source>
        <translation>&amp;Latenter Raum</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>Latenter Raum</translation>
    </message>
    <message>
        <source>t-SNE maps of the static and the dynamic codes of a trained run will appear here, coloured by the dataset&apos;s labels.</source>
        <translation>t-SNE-Karten der statischen und dynamischen Codes eines trainierten Laufs erscheinen hier, gefärbt nach den Labels des Datensatzes.</translation>
    </message>
    <message>
        <source>&amp;Swap</source>
        <translation>Ta&amp;uschen</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Drag two sequences here to swap their static and dynamic codes and watch the result frame by frame.</source>
        <translation>Ziehen Sie zwei Sequenzen hierher, um ihre statischen und dynamischen Codes zu tauschen, und sehen Sie sich das Ergebnis Bild für Bild an.</translation>
    </message>
    <message>
        <source>&amp;Resample</source>
        <translation>&amp;Neu ziehen</translation>
    </message>
    <message>
        <source>Resample</source>
        <translation>Neu ziehen</translation>
    </message>
    <message>
        <source>Resampling will appear here: draw a new static or new dynamic code while the other stays fixed.</source>
        <translation>Hier erscheint das Neuziehen: ein neuer statischer oder dynamischer Code, während der andere fest bleibt.</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>&amp;Auswertung</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Auswertung</translation>
    </message>
    <message>
        <source>Evaluation results of a run will appear here: judge accuracy, inception scores, EER and the downstream tasks of the paper&apos;s protocols.</source>
        <translation>Hier erscheinen die Auswertungsergebnisse eines Laufs: Genauigkeit des Beurteilers, Inception-Scores, EER und die nachgelagerten Aufgaben aus den Protokollen der Veröffentlichung.</translation>
    </message>
    <message>
        <source>Show the %1 tab (%2)</source>
        <translation>Den Reiter %1 zeigen (%2)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::DatasetBrowser</name>
    <message>
        <source>All sequences</source>
        <translation>Alle Sequenzen</translation>
    </message>
    <message>
        <source>1 sequence</source>
        <translation>1 Sequenz</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 Sequenzen</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Which split of the dataset to browse</source>
        <translation>Welcher Teil des Datensatzes angezeigt wird</translation>
    </message>
    <message>
        <source>Show only the sequences with one class of this label</source>
        <translation>Nur die Sequenzen mit einer Klasse dieses Labels zeigen</translation>
    </message>
    <message>
        <source>The class of the chosen label to show</source>
        <translation>Die anzuzeigende Klasse des gewählten Labels</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Jede Klasse</translation>
    </message>
    <message>
        <source>Search labels…</source>
        <translation>Labels suchen …</translation>
    </message>
    <message>
        <source>Sequences of the dataset</source>
        <translation>Sequenzen des Datensatzes</translation>
    </message>
</context>
<context>
    <name>dbse::studio::DatasetBuildJob</name>
    <message>
        <source>Unknown error while building the dataset.</source>
        <translation>Unbekannter Fehler beim Erstellen des Datensatzes.</translation>
    </message>
    <message>
        <source>The dataset could not be built.</source>
        <translation>Der Datensatz konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::DatasetOptionFields</name>
    <message>
        <source>(default)</source>
        <translation>(Standard)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::DatasetPanel</name>
    <message>
        <source>1 sequence</source>
        <translation>1 Sequenz</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 Sequenzen</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Pause and show the next frame (Right arrow)</source>
        <translation>Anhalten und das nächste Bild zeigen (Pfeil nach rechts)</translation>
    </message>
    <message>
        <source>The dataset could not be opened</source>
        <translation>Der Datensatz konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Drop a dataset folder or file on the window, use File ▸ Open Dataset, or start DBSE Studio with --dataset KIND:PATH, for example --dataset builtin:shapes.</source>
        <translation>Ziehen Sie einen Datensatzordner oder eine Datei auf das Fenster, verwenden Sie Datei ▸ Datensatz öffnen, oder starten Sie DBSE Studio mit --dataset ART:PFAD, zum Beispiel --dataset builtin:shapes.</translation>
    </message>
    <message>
        <source>No dataset</source>
        <translation>Kein Datensatz</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Not loaded</source>
        <translation>Nicht geladen</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>%1 frames of %2 × %3 pixels</source>
        <translation>%1 Bilder zu %2 × %3 Pixeln</translation>
    </message>
    <message>
        <source>Static: %1</source>
        <translation>Statisch: %1</translation>
    </message>
    <message>
        <source>Dynamic: %1</source>
        <translation>Dynamisch: %1</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause the animation (Ctrl+P, or Space in the grid)</source>
        <translation>Die Animation anhalten (Strg+P oder Leertaste im Raster)</translation>
    </message>
    <message>
        <source>Play the animation (Ctrl+P, or Space in the grid)</source>
        <translation>Die Animation abspielen (Strg+P oder Leertaste im Raster)</translation>
    </message>
    <message>
        <source>Frame %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <source>the first %1 of %2</source>
        <translation>die ersten %1 von %2</translation>
    </message>
    <message>
        <source>all %1</source>
        <translation>alle %1</translation>
    </message>
    <message>
        <source>The play view animates the first sequences that the browser above shows</source>
        <translation>Die Wiedergabeansicht animiert die ersten Sequenzen, die die Liste darüber zeigt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>dbse::studio::EvaluationReportView</name>
    <message>
        <source>Results: ours beside the paper&apos;s</source>
        <translation>Ergebnisse: unsere neben denen der Veröffentlichung</translation>
    </message>
    <message>
        <source>Ablations (ours; the paper&apos;s in parentheses)</source>
        <translation>Ablationen (unsere; die der Veröffentlichung in Klammern)</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Beurteiler</translation>
    </message>
    <message>
        <source>Judge on generated sequences (confusion, %)</source>
        <translation>Beurteiler auf erzeugten Sequenzen (Verwechslung, %)</translation>
    </message>
    <message>
        <source>Rows: the class of the input sequence; columns: the class the judge gave the generated sequence; each row in percent. Kept factors should stay on the diagonal, sampled ones spread out.</source>
        <translation>Zeilen: die Klasse der Eingabesequenz; Spalten: die Klasse, die der Beurteiler der erzeugten Sequenz gab; jede Zeile in Prozent. Beibehaltene Faktoren sollten auf der Diagonale bleiben, gezogene sich verteilen.</translation>
    </message>
    <message>
        <source>No report yet. Run an evaluation, or open a saved report.json (written by the Evaluation tab, dbse eval --out or dbse benchmark).</source>
        <translation>Noch kein Bericht. Führen Sie eine Auswertung durch oder öffnen Sie eine gespeicherte report.json (geschrieben vom Reiter Auswertung, dbse eval --out oder dbse benchmark).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Benchmark %1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;Benchmark %1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Evaluation of %1&lt;/b&gt; on %2</source>
        <translation>&lt;b&gt;Auswertung von %1&lt;/b&gt; auf %2</translation>
    </message>
    <message>
        <source>Report: %1 (%2 s)</source>
        <translation>Bericht: %1 (%2 s)</translation>
    </message>
    <message>
        <source>The paper has no numbers for this data set.</source>
        <translation>Die Veröffentlichung enthält keine Zahlen für diesen Datensatz.</translation>
    </message>
    <message>
        <source>Paper numbers: the %1 benchmark&apos;s tables.</source>
        <translation>Zahlen der Veröffentlichung: die Tabellen des Benchmarks %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Partial run:&lt;/b&gt; fewer epochs than the paper trained; the numbers show where this run stands.</source>
        <translation>&lt;b&gt;Teilweiser Lauf:&lt;/b&gt; weniger Epochen, als die Veröffentlichung trainiert hat; die Zahlen zeigen, wo dieser Lauf steht.</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Metrik</translation>
    </message>
    <message>
        <source>Ours</source>
        <translation>Unsere</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Veröffentlichung</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message numerus="yes">
        <source>%1 judge, %n epoch(s)%2: %3</source>
        <translation>
            <numerusform>Beurteiler %1, %n Epoche%2: %3</numerusform>
            <numerusform>Beurteiler %1, %n Epochen%2: %3</numerusform>
        </translation>
    </message>
    <message>
        <source>, reused from the cache</source>
        <translation>, aus dem Zwischenspeicher wiederverwendet</translation>
    </message>
    <message>
        <source>every head is at least 99% accurate, so the judge is trusted.</source>
        <translation>jeder Kopf ist zu mindestens 99 % genau, daher ist der Beurteiler vertrauenswürdig.</translation>
    </message>
    <message>
        <source>&lt;b&gt;a head is below 99%: the judge is not trusted, so the generation numbers are indicative only.&lt;/b&gt;</source>
        <translation>&lt;b&gt;ein Kopf liegt unter 99 %: Der Beurteiler ist nicht vertrauenswürdig, daher sind die Erzeugungszahlen nur Richtwerte.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Test accuracy</source>
        <translation>Testgenauigkeit</translation>
    </message>
    <message>
        <source>head %1</source>
        <translation>Kopf %1</translation>
    </message>
    <message>
        <source>%1 — dynamics kept, static sampled</source>
        <translation>%1 — Dynamik beibehalten, Statisches gezogen</translation>
    </message>
    <message>
        <source>%1 — static kept, dynamics sampled</source>
        <translation>%1 — Statisches beibehalten, Dynamik gezogen</translation>
    </message>
</context>
<context>
    <name>dbse::studio::EvaluationTab</name>
    <message>
        <source>Evaluation finished; the report is saved as %1.</source>
        <translation>Auswertung abgeschlossen; der Bericht ist als %1 gespeichert.</translation>
    </message>
    <message>
        <source>Evaluation cancelled.</source>
        <translation>Auswertung abgebrochen.</translation>
    </message>
    <message>
        <source>The evaluation failed: %1</source>
        <translation>Die Auswertung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Could not open the report: %1</source>
        <translation>Der Bericht konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>All that fit the run</source>
        <translation>Alle, die zum Lauf passen</translation>
    </message>
    <message>
        <source>Latent (classifiers on s and d)</source>
        <translation>Latent (Klassifikatoren auf s und d)</translation>
    </message>
    <message>
        <source>Generation (judge on sampled sequences)</source>
        <translation>Erzeugung (Beurteiler auf gezogenen Sequenzen)</translation>
    </message>
    <message>
        <source>Speaker verification (EER)</source>
        <translation>Sprecherverifikation (EER)</translation>
    </message>
    <message>
        <source>Downstream tasks (time series)</source>
        <translation>Nachgelagerte Aufgaben (Zeitreihen)</translation>
    </message>
    <message>
        <source>&amp;Protocol:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Each repeat draws new samples and splits; results are mean ± std.</source>
        <translation>Jede Wiederholung zieht neue Stichproben und Aufteilungen; die Ergebnisse sind Mittelwert ± Standardabweichung.</translation>
    </message>
    <message>
        <source>&amp;Judge epochs:</source>
        <translation>&amp;Beurteiler-Epochen:</translation>
    </message>
    <message>
        <source>Epochs of the judge classifier when one has to be trained. A judge trained once for these settings is kept in the cache and reused.</source>
        <translation>Epochen des Beurteiler-Klassifikators, wenn einer trainiert werden muss. Ein einmal für diese Einstellungen trainierter Beurteiler wird im Zwischenspeicher behalten und wiederverwendet.</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Auswerten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Open Report…</source>
        <translation>Bericht ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>No run open: open a run (Runs dock or File ▸ Open Run) to evaluate it.</source>
        <translation>Kein Lauf geöffnet: Öffnen Sie einen Lauf (Dock Läufe oder Datei ▸ Lauf öffnen), um ihn auszuwerten.</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>This run cannot be evaluated: %1</source>
        <translation>Dieser Lauf kann nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>Checking what the evaluation needs…</source>
        <translation>Es wird geprüft, was die Auswertung braucht …</translation>
    </message>
    <message>
        <source>These protocols need no judge.</source>
        <translation>Diese Protokolle brauchen keinen Beurteiler.</translation>
    </message>
    <message numerus="yes">
        <source>The generation tests reuse the judge trained earlier for %n epoch(s).</source>
        <translation>
            <numerusform>Die Erzeugungstests verwenden den zuvor für %n Epoche trainierten Beurteiler wieder.</numerusform>
            <numerusform>Die Erzeugungstests verwenden den zuvor für %n Epochen trainierten Beurteiler wieder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;A judge will be trained first&lt;/b&gt; (%n epoch(s) on %1 training sequences), which can take long on a CPU. It is kept for the next evaluation. Fewer epochs are faster, but a judge below 99% accuracy makes the generation numbers indicative only.</source>
        <translation>
            <numerusform>&lt;b&gt;Zuerst wird ein Beurteiler trainiert&lt;/b&gt; (%n Epoche auf %1 Trainingssequenzen), was auf einer CPU lange dauern kann. Er wird für die nächste Auswertung behalten. Weniger Epochen sind schneller, aber ein Beurteiler unter 99 % Genauigkeit macht die Erzeugungszahlen zu bloßen Richtwerten.</numerusform>
            <numerusform>&lt;b&gt;Zuerst wird ein Beurteiler trainiert&lt;/b&gt; (%n Epochen auf %1 Trainingssequenzen), was auf einer CPU lange dauern kann. Er wird für die nächste Auswertung behalten. Weniger Epochen sind schneller, aber ein Beurteiler unter 99 % Genauigkeit macht die Erzeugungszahlen zu bloßen Richtwerten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Open Report</source>
        <translation>Bericht öffnen</translation>
    </message>
    <message>
        <source>Evaluation reports (*.json);;All files (*)</source>
        <translation>Auswertungsberichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading the model and the data</source>
        <translation>Modell und Daten werden geladen</translation>
    </message>
    <message>
        <source>Latent tests: classifiers on s and d</source>
        <translation>Latente Tests: Klassifikatoren auf s und d</translation>
    </message>
    <message>
        <source>Speaker verification</source>
        <translation>Sprecherverifikation</translation>
    </message>
    <message>
        <source>Downstream tasks</source>
        <translation>Nachgelagerte Aufgaben</translation>
    </message>
    <message>
        <source>Loading the judge</source>
        <translation>Beurteiler wird geladen</translation>
    </message>
    <message>
        <source>Training the judge</source>
        <translation>Beurteiler wird trainiert</translation>
    </message>
    <message>
        <source>Generation tests: the judge on sampled sequences</source>
        <translation>Erzeugungstests: der Beurteiler auf gezogenen Sequenzen</translation>
    </message>
    <message>
        <source>%1 (%2/%3)</source>
        <translation>%1 (%2/%3)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::ExploreSession</name>
    <message>
        <source>Unknown error while opening the run.</source>
        <translation>Unbekannter Fehler beim Öffnen des Laufs.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::LabJobs</name>
    <message>
        <source>Unknown error.</source>
        <translation>Unbekannter Fehler.</translation>
    </message>
    <message>
        <source>The run could not be opened: %1</source>
        <translation>Der Lauf konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Open a trained run first (Runs dock).</source>
        <translation>Öffnen Sie zuerst einen trainierten Lauf (Dock Läufe).</translation>
    </message>
    <message>
        <source>That sequence is from %1, but the run was trained on %2.</source>
        <translation>Diese Sequenz stammt aus %1, aber der Lauf wurde auf %2 trainiert.</translation>
    </message>
    <message>
        <source>Sequence %1 does not exist in the %2 split.</source>
        <translation>Sequenz %1 gibt es im Teil %2 nicht.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::LabTab</name>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
</context>
<context>
    <name>dbse::studio::LanguageSwitcher</name>
    <message>
        <source>System</source>
        <translation>Systemsprache</translation>
    </message>
</context>
<context>
    <name>dbse::studio::LatentMapTab</name>
    <message numerus="yes">
        <source>%n sequences of the %1 split.</source>
        <translation>
            <numerusform>%n Sequenz des Teils %1.</numerusform>
            <numerusform>%n Sequenzen des Teils %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The map could not be computed: %1</source>
        <translation>Die Karte konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>Open a run to see the latent codes of its sequences.</source>
        <translation>Öffnen Sie einen Lauf, um die latenten Codes seiner Sequenzen zu sehen.</translation>
    </message>
    <message>
        <source>Opening the run…</source>
        <translation>Lauf wird geöffnet …</translation>
    </message>
    <message>
        <source>Map as image (PNG%1)…</source>
        <translation>Karte als Bild (PNG%1) …</translation>
    </message>
    <message>
        <source> or SVG</source>
        <translation> oder SVG</translation>
    </message>
    <message>
        <source>Static map coordinates (CSV)…</source>
        <translation>Koordinaten der statischen Karte (CSV) …</translation>
    </message>
    <message>
        <source>Dynamic map coordinates (CSV)…</source>
        <translation>Koordinaten der dynamischen Karte (CSV) …</translation>
    </message>
    <message numerus="yes">
        <source>Encoding %n sequences of the %1 split…</source>
        <translation>
            <numerusform>%n Sequenz des Teils %1 wird kodiert …</numerusform>
            <numerusform>%n Sequenzen des Teils %1 werden kodiert …</numerusform>
        </translation>
    </message>
    <message>
        <source>static codes s</source>
        <translation>statischen Codes s</translation>
    </message>
    <message>
        <source>dynamic codes d</source>
        <translation>dynamischen Codes d</translation>
    </message>
    <message>
        <source>t-SNE of the %1: iteration %2 of %3</source>
        <translation>t-SNE der %1: Iteration %2 von %3</translation>
    </message>
    <message>
        <source>%1 (static)</source>
        <translation>%1 (statisch)</translation>
    </message>
    <message>
        <source>%1 (dynamic)</source>
        <translation>%1 (dynamisch)</translation>
    </message>
    <message>
        <source>Sequence %1 of the %2 split</source>
        <translation>Sequenz %1 des Teils %2</translation>
    </message>
    <message>
        <source>%1: there is no map to save</source>
        <translation>%1: Es gibt keine Karte zum Speichern</translation>
    </message>
    <message>
        <source>Images (*.png *.svg)</source>
        <translation>Bilder (*.png *.svg)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Save the latent map</source>
        <translation>Die latente Karte speichern</translation>
    </message>
    <message>
        <source>Save the map&apos;s coordinates</source>
        <translation>Die Koordinaten der Karte speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Split:</source>
        <translation>Teil:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Methode:</translation>
    </message>
    <message>
        <source>Perplexity:</source>
        <translation>Perplexität:</translation>
    </message>
    <message>
        <source>Colour by:</source>
        <translation>Färben nach:</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>t-SNE</source>
        <translation>t-SNE</translation>
    </message>
    <message>
        <source>PCA</source>
        <translation>PCA</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Verschieben</translation>
    </message>
    <message>
        <source>Drag to pan, wheel to zoom, double-click to fit; click a point to select it</source>
        <translation>Ziehen zum Verschieben, Mausrad zum Zoomen, Doppelklick zum Einpassen; Klick auf einen Punkt wählt ihn aus</translation>
    </message>
    <message>
        <source>Rectangle</source>
        <translation>Rechteck</translation>
    </message>
    <message>
        <source>Drag a rectangle to select the points inside (Shift adds)</source>
        <translation>Ein Rechteck aufziehen, um die Punkte darin auszuwählen (Umschalt fügt hinzu)</translation>
    </message>
    <message>
        <source>Lasso</source>
        <translation>Lasso</translation>
    </message>
    <message>
        <source>Draw around the points to select (Shift adds)</source>
        <translation>Um die auszuwählenden Punkte herum zeichnen (Umschalt fügt hinzu)</translation>
    </message>
    <message>
        <source>Recompute</source>
        <translation>Neu berechnen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Static code s</source>
        <translation>Statischer Code s</translation>
    </message>
    <message>
        <source>Dynamic code d (averaged over time)</source>
        <translation>Dynamischer Code d (über die Zeit gemittelt)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::MainWindow</name>
    <message>
        <source>DBSE Studio</source>
        <translation>DBSE Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About DBSE Studio</source>
        <translation>Ü&amp;ber DBSE Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About DBSE Studio</source>
        <translation>Über DBSE Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DBSE Studio %1&lt;/h3&gt;&lt;p&gt;Unsupervised sequential disentanglement: a model that separates what stays the same in a sequence from what changes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DBSE Studio %1&lt;/h3&gt;&lt;p&gt;Unüberwachte sequenzielle Entflechtung: ein Modell, das trennt, was in einer Sequenz gleich bleibt und was sich ändert.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>&amp;Open Dataset File…</source>
        <translation>Datensatz-Datei ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open Dataset &amp;Folder…</source>
        <translation>Datensatz-&amp;Ordner öffnen …</translation>
    </message>
    <message>
        <source>Open Dataset by &amp;Name…</source>
        <translation>Datensatz nach &amp;Namen öffnen …</translation>
    </message>
    <message>
        <source>Recent &amp;Datasets</source>
        <translation>Zuletzt geöffnete &amp;Datensätze</translation>
    </message>
    <message>
        <source>Open &amp;Run…</source>
        <translation>&amp;Lauf öffnen …</translation>
    </message>
    <message>
        <source>Recent R&amp;uns</source>
        <translation>Zuletzt geöffnete L&amp;äufe</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Reset &amp;Layout</source>
        <translation>&amp;Layout zurücksetzen</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>Lauf öffnen</translation>
    </message>
    <message>
        <source>%1: not a run folder (no config.json).</source>
        <translation>%1: kein Laufordner (keine config.json).</translation>
    </message>
    <message>
        <source>Open Dataset File</source>
        <translation>Datensatz-Datei öffnen</translation>
    </message>
    <message>
        <source>Datasets (*.npy *.csv);;All files (*)</source>
        <translation>Datensätze (*.npy *.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Dataset Folder</source>
        <translation>Datensatz-Ordner öffnen</translation>
    </message>
    <message>
        <source>Open Dataset by Name</source>
        <translation>Datensatz nach Namen öffnen</translation>
    </message>
    <message>
        <source>Dataset as KIND:PATH, for example builtin:shapes or fsdd:/data/fsdd:</source>
        <translation>Datensatz als ART:PFAD, zum Beispiel builtin:shapes oder fsdd:/data/fsdd:</translation>
    </message>
    <message>
        <source>Training Is Running</source>
        <translation>Training läuft</translation>
    </message>
    <message>
        <source>A run is training. Stop it and close DBSE Studio?</source>
        <translation>Ein Lauf trainiert gerade. Ihn stoppen und DBSE Studio schließen?</translation>
    </message>
    <message>
        <source>A checkpoint is saved first; continue the run later from the Training tab.</source>
        <translation>Zuerst wird ein Checkpoint gespeichert; setzen Sie den Lauf später im Reiter Training fort.</translation>
    </message>
    <message>
        <source>Stop and Close</source>
        <translation>Stoppen und schließen</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <source>&amp;Add Dataset…</source>
        <translation>Datensatz &amp;hinzufügen …</translation>
    </message>
</context>
<context>
    <name>dbse::studio::RecentMenu</name>
    <message>
        <source>No recent items</source>
        <translation>Keine zuletzt geöffneten Einträge</translation>
    </message>
    <message>
        <source>Clear This List</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>dbse::studio::ResampleTab</name>
    <message>
        <source>Drawing…</source>
        <translation>Wird gezogen …</translation>
    </message>
    <message>
        <source>Drop a sequence (from the Datasets dock, the latent map, or a video or sound file): keep one of its codes and draw the other anew.</source>
        <translation>Legen Sie eine Sequenz ab (aus dem Dock Datensätze, der latenten Karte oder einer Video- oder Tondatei): Einer ihrer Codes wird behalten, der andere neu gezogen.</translation>
    </message>
    <message>
        <source>Drop a sequence here: from the Datasets dock, the latent map, or a video or sound file</source>
        <translation>Legen Sie hier eine Sequenz ab: aus dem Dock Datensätze, der latenten Karte oder einer Video- oder Tondatei</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequenz</translation>
    </message>
    <message>
        <source>Fix static</source>
        <translation>Statisches festhalten</translation>
    </message>
    <message>
        <source>Fix dynamics</source>
        <translation>Dynamik festhalten</translation>
    </message>
    <message>
        <source>Fix static: keep the sequence&apos;s static code and draw new dynamics from the learned prior. Fix dynamics: keep its dynamics and draw new static codes from N(0, I).</source>
        <translation>Statisches festhalten: den statischen Code der Sequenz behalten und neue Dynamik aus dem gelernten Prior ziehen. Dynamik festhalten: ihre Dynamik behalten und neue statische Codes aus N(0, I) ziehen.</translation>
    </message>
    <message>
        <source>&amp;Samples:</source>
        <translation>&amp;Stichproben:</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <source>Draw again</source>
        <translation>Erneut ziehen</translation>
    </message>
    <message>
        <source>Draw with a new seed</source>
        <translation>Mit einem neuen Startwert ziehen</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) with seed %1.</source>
        <translation>
            <numerusform>%n Stichprobe mit Startwert %1.</numerusform>
            <numerusform>%n Stichproben mit Startwert %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a trained run to resample its sequences.</source>
        <translation>Öffnen Sie einen trainierten Lauf, um seine Sequenzen neu zu ziehen.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::RunCompareDialog</name>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1: kein gültiges JSON (%2)</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>Läufe vergleichen</translation>
    </message>
    <message>
        <source>A: %1    B: %2</source>
        <translation>A: %1    B: %2</translation>
    </message>
    <message>
        <source>A train</source>
        <translation>A Training</translation>
    </message>
    <message>
        <source>A validation</source>
        <translation>A Validierung</translation>
    </message>
    <message>
        <source>B train</source>
        <translation>B Training</translation>
    </message>
    <message>
        <source>B validation</source>
        <translation>B Validierung</translation>
    </message>
    <message>
        <source>Setting that differs</source>
        <translation>Abweichende Einstellung</translation>
    </message>
    <message>
        <source>A: %1</source>
        <translation>A: %1</translation>
    </message>
    <message>
        <source>B: %1</source>
        <translation>B: %1</translation>
    </message>
</context>
<context>
    <name>dbse::studio::RunConfigDialog</name>
    <message>
        <source>Run %1 — configuration</source>
        <translation>Lauf %1 – Konfiguration</translation>
    </message>
    <message>
        <source>The settings that made the run in %1 (read only):</source>
        <translation>Die Einstellungen, mit denen der Lauf in %1 entstand (schreibgeschützt):</translation>
    </message>
    <message>
        <source>The configuration could not be read: %1</source>
        <translation>Die Konfiguration konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>dbse::studio::RunsPanel</name>
    <message>
        <source>Rename Run</source>
        <translation>Lauf umbenennen</translation>
    </message>
    <message>
        <source>New name of the run folder “%1”:</source>
        <translation>Neuer Name des Laufordners „%1“:</translation>
    </message>
    <message>
        <source>Delete Run</source>
        <translation>Lauf löschen</translation>
    </message>
    <message>
        <source>Delete the run “%1” and everything in its folder (checkpoints, metrics, exports)?</source>
        <translation>Den Lauf „%1“ und alles in seinem Ordner (Checkpoints, Metriken, Exporte) löschen?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Runs in %1</source>
        <translation>Läufe in %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Show the configuration of the selected run</source>
        <translation>Die Konfiguration des gewählten Laufs zeigen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>No runs yet. Runs that you train in the Training tab or with %1 appear here.</source>
        <translation>Noch keine Läufe. Läufe, die Sie im Reiter Training oder mit %1 trainieren, erscheinen hier.</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare the curves and settings of two selected runs (Ctrl+click selects a second run)</source>
        <translation>Die Kurven und Einstellungen zweier gewählter Läufe vergleichen (Strg+Klick wählt einen zweiten Lauf)</translation>
    </message>
</context>
<context>
    <name>dbse::studio::SettingsDialog</name>
    <message>
        <source>Runs Directory</source>
        <translation>Ordner für Läufe</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The window switches language at once; System follows the desktop&apos;s language.</source>
        <translation>Das Fenster wechselt die Sprache sofort; „Systemsprache“ folgt der Sprache der Arbeitsumgebung.</translation>
    </message>
    <message>
        <source>&amp;Runs directory:</source>
        <translation>&amp;Ordner für Läufe:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
</context>
<context>
    <name>dbse::studio::StatusIndicators</name>
    <message>
        <source>Memory %1 MiB</source>
        <translation>Speicher %1 MiB</translation>
    </message>
    <message>
        <source>Memory unknown</source>
        <translation>Speicher unbekannt</translation>
    </message>
    <message>
        <source>GPU: CUDA, %1 devices</source>
        <translation>GPU: CUDA, %1 Geräte</translation>
    </message>
    <message>
        <source>GPU: %1</source>
        <translation>GPU: %1</translation>
    </message>
    <message>
        <source>CPU: %1 of %2 cores</source>
        <translation>CPU: %1 von %2 Kernen</translation>
    </message>
    <message>
        <source>Where training runs</source>
        <translation>Wo das Training läuft</translation>
    </message>
    <message>
        <source>Resident memory of DBSE Studio</source>
        <translation>Belegter Arbeitsspeicher von DBSE Studio</translation>
    </message>
    <message>
        <source>No run open</source>
        <translation>Kein Lauf geöffnet</translation>
    </message>
    <message>
        <source>Run %1: %2 of %3 epochs</source>
        <translation>Lauf %1: %2 von %3 Epochen</translation>
    </message>
    <message>
        <source>Run %1: %2 epochs</source>
        <translation>Lauf %1: %2 Epochen</translation>
    </message>
</context>
<context>
    <name>dbse::studio::SwapTab</name>
    <message>
        <source>Swapping…</source>
        <translation>Wird getauscht …</translation>
    </message>
    <message>
        <source>Drop sequences on A and B (from the Datasets dock, the latent map, or video and sound files): the rows exchange what stays the same and what changes.</source>
        <translation>Legen Sie Sequenzen auf A und B ab (aus dem Dock Datensätze, der latenten Karte oder Video- und Tondateien): Die Zeilen tauschen, was gleich bleibt und was sich ändert.</translation>
    </message>
    <message>
        <source>Drop a sequence here: from the Datasets dock, the latent map, or a video or sound file</source>
        <translation>Legen Sie hier eine Sequenz ab: aus dem Dock Datensätze, der latenten Karte oder einer Video- oder Tondatei</translation>
    </message>
    <message>
        <source>Show reconstructions</source>
        <translation>Rekonstruktionen zeigen</translation>
    </message>
    <message>
        <source>Italic labels are a trusted judge&apos;s predictions: did the swap keep the identity and move the motion?</source>
        <translation>Kursive Beschriftungen sind Vorhersagen eines vertrauenswürdigen Beurteilers: Hat der Tausch die Identität behalten und die Bewegung übertragen?</translation>
    </message>
    <message>
        <source>No trusted judge for this dataset yet (dbse judge trains one): the rows show no predictions.</source>
        <translation>Noch kein vertrauenswürdiger Beurteiler für diesen Datensatz (dbse judge trainiert einen): Die Zeilen zeigen keine Vorhersagen.</translation>
    </message>
    <message>
        <source>Open a trained run to swap its sequences.</source>
        <translation>Öffnen Sie einen trainierten Lauf, um seine Sequenzen zu tauschen.</translation>
    </message>
</context>
<context>
    <name>dbse::studio::TrainingSettingsForm</name>
    <message>
        <source>Choose a dataset (KIND:PATH, for example builtin:shapes).</source>
        <translation>Wählen Sie einen Datensatz (KIND:PATH, zum Beispiel builtin:shapes).</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Voreinstellung:</translation>
    </message>
    <message>
        <source>Dataset:</source>
        <translation>Datensatz:</translation>
    </message>
    <message>
        <source>KIND:PATH, for example builtin:shapes or sprites:/data/lpc</source>
        <translation>KIND:PATH, zum Beispiel builtin:shapes oder sprites:/data/lpc</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>Batchgröße:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>α static frame:</source>
        <translation>α statisches Bild:</translation>
    </message>
    <message>
        <source>Weight of the static-frame reconstruction term</source>
        <translation>Gewicht des Rekonstruktionsterms für das statische Bild</translation>
    </message>
    <message>
        <source>β static:</source>
        <translation>β statisch:</translation>
    </message>
    <message>
        <source>Weight of the KL term of the static code s</source>
        <translation>Gewicht des KL-Terms des statischen Codes s</translation>
    </message>
    <message>
        <source>β dynamic:</source>
        <translation>β dynamisch:</translation>
    </message>
    <message>
        <source>Weight of the KL term of the dynamic codes d against the learned prior</source>
        <translation>Gewicht des KL-Terms der dynamischen Codes d gegenüber dem gelernten Prior</translation>
    </message>
    <message>
        <source>Static code size:</source>
        <translation>Größe des statischen Codes:</translation>
    </message>
    <message>
        <source>Dynamic code size:</source>
        <translation>Größe des dynamischen Codes:</translation>
    </message>
    <message>
        <source>Static element:</source>
        <translation>Statisches Element:</translation>
    </message>
    <message>
        <source>Element index:</source>
        <translation>Elementindex:</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <source>Middle</source>
        <translation>Mittleres</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letztes</translation>
    </message>
    <message>
        <source>Random per batch</source>
        <translation>Zufällig je Batch</translation>
    </message>
    <message>
        <source>Fixed index</source>
        <translation>Fester Index</translation>
    </message>
    <message>
        <source>Subtract the static element</source>
        <translation>Statisches Element abziehen</translation>
    </message>
    <message>
        <source>The dynamic path sees each element&apos;s features minus the static element&apos;s (off: the paper&apos;s ablation)</source>
        <translation>Der dynamische Pfad sieht die Merkmale jedes Elements abzüglich derer des statischen Elements (aus: die Ablation des Artikels)</translation>
    </message>
    <message>
        <source>Static-frame loss</source>
        <translation>Verlust des statischen Bildes</translation>
    </message>
    <message>
        <source>Reconstruct the static element from its own codes (off: the paper&apos;s ablation)</source>
        <translation>Das statische Element aus seinen eigenen Codes rekonstruieren (aus: die Ablation des Artikels)</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <source>CPU threads:</source>
        <translation>CPU-Threads:</translation>
    </message>
    <message>
        <source>All cores</source>
        <translation>Alle Kerne</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Startwert:</translation>
    </message>
    <message>
        <source>Precision:</source>
        <translation>Genauigkeit:</translation>
    </message>
    <message>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <source>bfloat16 autocast</source>
        <translation>bfloat16-Autocast</translation>
    </message>
    <message>
        <source>bfloat16 autocast runs convolutions and matrix products in bfloat16: faster on GPUs with bfloat16 units, usually slower on a CPU</source>
        <translation>bfloat16-Autocast rechnet Faltungen und Matrixprodukte in bfloat16: schneller auf GPUs mit bfloat16-Einheiten, auf einer CPU meist langsamer</translation>
    </message>
    <message>
        <source>Activations:</source>
        <translation>Aktivierungen:</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Recompute in backward</source>
        <translation>Im Rückwärtsschritt neu berechnen</translation>
    </message>
    <message>
        <source>Recomputing the encoder&apos;s and decoder&apos;s activations in the backward pass needs far less memory for about a third more computation; Auto recomputes when they would take more than 1 GiB</source>
        <translation>Die Aktivierungen von Encoder und Decoder im Rückwärtsschritt neu zu berechnen braucht viel weniger Speicher für etwa ein Drittel mehr Rechenarbeit; Automatisch berechnet neu, wenn sie mehr als 1 GiB belegen würden</translation>
    </message>
</context>
<context>
    <name>dbse::studio::TrainingTab</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Training %1</source>
        <translation>Training %1</translation>
    </message>
    <message>
        <source>Checkpoint saved in epoch %1 after batch %2.</source>
        <translation>Checkpoint in Epoche %1 nach Batch %2 gespeichert.</translation>
    </message>
    <message>
        <source>Checkpoint saved after epoch %1.</source>
        <translation>Checkpoint nach Epoche %1 gespeichert.</translation>
    </message>
    <message>
        <source>Paused after step %1.</source>
        <translation>Nach Schritt %1 pausiert.</translation>
    </message>
    <message>
        <source>Resumed.</source>
        <translation>Fortgesetzt.</translation>
    </message>
    <message>
        <source>Training could not run: %1</source>
        <translation>Das Training konnte nicht laufen: %1</translation>
    </message>
    <message>
        <source>Epoch %1 of %2</source>
        <translation>Epoche %1 von %2</translation>
    </message>
    <message>
        <source>Opened %1: %2 of %3 epochs done.</source>
        <translation>%1 geöffnet: %2 von %3 Epochen erledigt.</translation>
    </message>
    <message>
        <source>Loading %1 …</source>
        <translation>%1 wird geladen …</translation>
    </message>
    <message>
        <source>Continuing %1 to epoch %2 …</source>
        <translation>%1 wird bis Epoche %2 fortgesetzt …</translation>
    </message>
    <message>
        <source>Stopping after the current step; a checkpoint is saved …</source>
        <translation>Stopp nach dem aktuellen Schritt; ein Checkpoint wird gespeichert …</translation>
    </message>
    <message>
        <source>Epoch %1 of %2 · batch %3 of %4</source>
        <translation>Epoche %1 von %2 · Batch %3 von %4</translation>
    </message>
    <message>
        <source>%1 seq/s · %2 left</source>
        <translation>%1 Seq./s · noch %2</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2, validation loss %3 (%4)</source>
        <translation>Epoche %1: Trainingsverlust %2, Validierungsverlust %3 (%4)</translation>
    </message>
    <message>
        <source>Epoch %1: train loss %2 (%3)</source>
        <translation>Epoche %1: Trainingsverlust %2 (%3)</translation>
    </message>
    <message>
        <source>train</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>No run yet: choose the settings and press Train.</source>
        <translation>Noch kein Lauf: Einstellungen wählen und „Trainieren“ drücken.</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Lauf: %1</translation>
    </message>
    <message>
        <source>&amp;Train</source>
        <translation>&amp;Trainieren</translation>
    </message>
    <message>
        <source>Start a new run with these settings (%1)</source>
        <translation>Einen neuen Lauf mit diesen Einstellungen starten (%1)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Stop after the current step and keep a checkpoint (%1)</source>
        <translation>Nach dem aktuellen Schritt stoppen und einen Checkpoint behalten (%1)</translation>
    </message>
    <message>
        <source>Save &amp;Checkpoint Now</source>
        <translation>&amp;Checkpoint jetzt speichern</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>&amp;Weitertrainieren</translation>
    </message>
    <message>
        <source>Resume the run from its checkpoint up to the given number of epochs</source>
        <translation>Den Lauf ab seinem Checkpoint bis zur angegebenen Zahl von Epochen fortsetzen</translation>
    </message>
    <message>
        <source>Up to epoch:</source>
        <translation>Bis Epoche:</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Terme</translation>
    </message>
    <message>
        <source>Choose the loss terms the curves show</source>
        <translation>Die Verlustterme wählen, die die Kurven zeigen</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Loading the dataset…</source>
        <translation>Datensatz wird geladen …</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird gestoppt …</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::ConfusionMatrixView</name>
    <message numerus="yes">
        <source>%1 judged as %2: %Ln sequence(s)</source>
        <translation>
            <numerusform>%1 als %2 beurteilt: %Ln Sequenz</numerusform>
            <numerusform>%1 als %2 beurteilt: %Ln Sequenzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dbse::widgets::DatasetListModel</name>
    <message>
        <source>Sequence %1</source>
        <translation>Sequenz %1</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::LossCurvesPlot</name>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Sequence recon.</source>
        <translation>Sequenzrekonstr.</translation>
    </message>
    <message>
        <source>Frame recon.</source>
        <translation>Bildrekonstr.</translation>
    </message>
    <message>
        <source>KL s</source>
        <translation>KL s</translation>
    </message>
    <message>
        <source>KL d</source>
        <translation>KL d</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Loss per sequence (log scale)</source>
        <translation>Verlust pro Sequenz (logarithmische Skala)</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::PreviewLoader</name>
    <message>
        <source>Unknown error while loading the dataset.</source>
        <translation>Unbekannter Fehler beim Laden des Datensatzes.</translation>
    </message>
    <message>
        <source>The dataset could not be loaded.</source>
        <translation>Der Datensatz konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::RunListModel</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: too large for a run configuration</source>
        <translation>%1: zu groß für eine Laufkonfiguration</translation>
    </message>
    <message>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>%1
unreadable configuration</source>
        <translation>%1
unlesbare Konfiguration</translation>
    </message>
    <message>
        <source>%1 of %2 epochs</source>
        <translation>%1 von %2 Epochen</translation>
    </message>
    <message>
        <source>%1 epochs</source>
        <translation>%1 Epochen</translation>
    </message>
    <message>
        <source>No such run.</source>
        <translation>Diesen Lauf gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a valid folder name.</source>
        <translation>„%1“ ist kein gültiger Ordnername.</translation>
    </message>
    <message>
        <source>%1: already exists.</source>
        <translation>%1: existiert bereits.</translation>
    </message>
    <message>
        <source>%1: could not be renamed to “%2”.</source>
        <translation>%1: konnte nicht in „%2“ umbenannt werden.</translation>
    </message>
    <message>
        <source>%1: not a run folder (no config.json); not deleted.</source>
        <translation>%1: kein Laufordner (keine config.json); nicht gelöscht.</translation>
    </message>
    <message>
        <source>%1: could not be deleted completely.</source>
        <translation>%1: konnte nicht vollständig gelöscht werden.</translation>
    </message>
    <message>
        <source>%1
%2 · %3
%4</source>
        <translation>%1
%2 · %3
%4</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::RunMetrics</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1: kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: larger than 64 MiB, not read</source>
        <translation>%1: größer als 64 MiB, nicht gelesen</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::SequenceGridView</name>
    <message>
        <source>Sequences</source>
        <translation>Sequenzen</translation>
    </message>
    <message>
        <source>No sequences to show</source>
        <translation>Keine Sequenzen vorhanden</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::SequencePlayer</name>
    <message>
        <source>First step (Home)</source>
        <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
        <source>One step back (Left)</source>
        <translation>Einen Schritt zurück (Links)</translation>
    </message>
    <message>
        <source>One step forward (Right)</source>
        <translation>Einen Schritt vor (Rechts)</translation>
    </message>
    <message>
        <source>Last step (End)</source>
        <translation>Letzter Schritt (Ende)</translation>
    </message>
    <message>
        <source>Drag to scrub through the steps</source>
        <translation>Ziehen, um durch die Schritte zu fahren</translation>
    </message>
    <message>
        <source>Playback speed (1× = real time)</source>
        <translation>Wiedergabegeschwindigkeit (1× = Echtzeit)</translation>
    </message>
    <message>
        <source>Loop</source>
        <translation>Schleife</translation>
    </message>
    <message>
        <source>judge: %1</source>
        <translation>Beurteiler: %1</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>Pause (Leertaste)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>Abspielen (Leertaste)</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>static A + dynamic B</source>
        <translation>statisch A + dynamisch B</translation>
    </message>
    <message>
        <source>static B + dynamic A</source>
        <translation>statisch B + dynamisch A</translation>
    </message>
    <message>
        <source>A reconstructed</source>
        <translation>A rekonstruiert</translation>
    </message>
    <message>
        <source>B reconstructed</source>
        <translation>B rekonstruiert</translation>
    </message>
    <message>
        <source>original</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>sample %1</source>
        <translation>Ziehung %1</translation>
    </message>
</context>
<context>
    <name>dbse::widgets::TrainingController</name>
    <message>
        <source>training failed with an unknown error</source>
        <translation>das Training ist mit einem unbekannten Fehler fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Could not write the screenshot %1</source>
        <translation>Das Bildschirmfoto %1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>DBSE Studio: explore what stays the same and what changes in sequences.</source>
        <translation>DBSE Studio: erkunden, was in Sequenzen gleich bleibt und was sich ändert.</translation>
    </message>
    <message>
        <source>Dataset to open, as KIND:PATH (default: builtin:shapes).</source>
        <translation>Zu öffnender Datensatz als ART:PFAD (Vorgabe: builtin:shapes).</translation>
    </message>
    <message>
        <source>KIND:PATH</source>
        <translation>ART:PFAD</translation>
    </message>
    <message>
        <source>Once the dataset is shown, save the window as FILE (PNG) and quit.</source>
        <translation>Sobald der Datensatz angezeigt wird, das Fenster als DATEI (PNG) speichern und beenden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Start with tab NAME current: %1, or dataset.</source>
        <translation>Mit dem Reiter NAME beginnen: %1 oder dataset.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Use LANGUAGE (system, en, de, he) for this session without saving it.</source>
        <translation>SPRACHE (system, en, de, he) für diese Sitzung verwenden, ohne sie zu speichern.</translation>
    </message>
    <message>
        <source>LANGUAGE</source>
        <translation>SPRACHE</translation>
    </message>
    <message>
        <source>Unknown tab %1</source>
        <translation>Unbekannter Reiter %1</translation>
    </message>
    <message>
        <source>Open the run in FOLDER: its curves in the Training tab, ready to continue.</source>
        <translation>Den Lauf in ORDNER öffnen: seine Kurven im Reiter Training, bereit zum Fortsetzen.</translation>
    </message>
    <message>
        <source>FOLDER</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>%1: not a run folder (no config.json)</source>
        <translation>%1: kein Laufordner (keine config.json)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a sequence: use N (test split) or train:N / test:N</source>
        <translation>„%1“ ist keine Sequenz: Verwenden Sie N (Testteil) oder train:N / test:N</translation>
    </message>
    <message>
        <source>Swap tab: swap the sequences A,B of the run&apos;s dataset (N = test split, or train:N).</source>
        <translation>Reiter Tauschen: die Sequenzen A,B des Datensatzes des Laufs tauschen (N = Testteil oder train:N).</translation>
    </message>
    <message>
        <source>A,B</source>
        <translation>A,B</translation>
    </message>
    <message>
        <source>Resample tab: resample sequence I of the run&apos;s dataset (N = test split, or train:N).</source>
        <translation>Reiter Neu ziehen: Sequenz I des Datensatzes des Laufs neu ziehen (N = Testteil oder train:N).</translation>
    </message>
    <message>
        <source>I</source>
        <translation>I</translation>
    </message>
    <message>
        <source>Measure NAME (swap: drop to first swapped frame on screen; needs --run), print JSON and quit.</source>
        <translation>NAME messen (swap: vom Ablegen bis zum ersten getauschten Bild auf dem Bildschirm; braucht --run), JSON ausgeben und beenden.</translation>
    </message>
    <message>
        <source>Repeats of --bench (default 25).</source>
        <translation>Wiederholungen von --bench (Standard 25).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show the evaluation report FILE (report.json) in the Evaluation tab.</source>
        <translation>Den Auswertungsbericht DATEI (report.json) im Reiter Auswertung zeigen.</translation>
    </message>
    <message>
        <source>Open the window WIDTHxHEIGHT pixels large (e.g. for --screenshot).</source>
        <translation>Das Fenster BREITExHÖHE Pixel groß öffnen (z. B. für --screenshot).</translation>
    </message>
    <message>
        <source>WIDTHxHEIGHT</source>
        <translation>BREITExHÖHE</translation>
    </message>
    <message>
        <source>--bench swap needs --run FOLDER</source>
        <translation>--bench swap braucht --run ORDNER</translation>
    </message>
</context>
</TS>
