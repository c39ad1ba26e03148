<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
    <name>dbse::studio::MainWindow</name>
    <message>
        <source>1 sequence</source>
        <translation>1 Sequenz</translation>
    </message>
    <message>
        <source>%1 sequences</source>
        <translation>%1 Sequenzen</translation>
    </message>
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
        <source>Playback</source>
        <translation>Wiedergabe</translation>
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
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Abspielen</translation>
    </message>
    <message>
        <source>Pause the animation (Space)</source>
        <translation>Animation anhalten (Leertaste)</translation>
    </message>
    <message>
        <source>Play the animation (Space)</source>
        <translation>Animation abspielen (Leertaste)</translation>
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
        <source>The dataset could not be opened</source>
        <translation>Der Datensatz konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Start DBSE Studio with --dataset KIND:PATH, for example --dataset builtin:shapes.</source>
        <translation>Starten Sie DBSE Studio mit --dataset ART:PFAD, zum Beispiel --dataset builtin:shapes.</translation>
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
        <source>%1 frames of %2 × %3 pixels</source>
        <translation>%1 Bilder zu %2 × %3 Pixeln</translation>
    </message>
    <message>
        <source>showing the first %1</source>
        <translation>die ersten %1 werden gezeigt</translation>
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
        <source>%1 — %2 of %3 shown</source>
        <translation>%1 – %2 von %3 angezeigt</translation>
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
        <source>Frame %1 / %2</source>
        <translation>Bild %1 / %2</translation>
    </message>
    <message>
        <source>About DBSE Studio</source>
        <translation>Über DBSE Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;DBSE Studio %1&lt;/h3&gt;&lt;p&gt;Unsupervised sequential disentanglement: a model that separates what stays the same in a sequence from what changes.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;DBSE Studio %1&lt;/h3&gt;&lt;p&gt;Unüberwachte sequenzielle Entflechtung: ein Modell, das trennt, was in einer Sequenz gleich bleibt und was sich ändert.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;</translation>
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
</context>
</TS>
