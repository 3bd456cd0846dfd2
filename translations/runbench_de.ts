<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>rb::RunnerTableModel</name>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="43"/>
        <source>%1
Binary: %2</source>
        <translation>%1
Programm: %2</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="44"/>
        <source>%1
Unavailable: %2</source>
        <translation>%1
Nicht verfügbar: %2</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="53"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="53"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="71"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="73"/>
        <source>Family</source>
        <translation>Familie</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="75"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="77"/>
        <source>Version / reason</source>
        <translation>Version / Grund</translation>
    </message>
</context>
<context>
    <name>rb::ui::ColdStartPlot</name>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="31"/>
        <source>Run (in execution order)</source>
        <translation>Lauf (in Ausführungsreihenfolge)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="32"/>
        <source>Cold start to exit (ms)</source>
        <translation>Kaltstart bis Ende (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="69"/>
        <source>warm-up (not analysed)</source>
        <translation>Aufwärmlauf (nicht ausgewertet)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="73"/>
        <source>failed run</source>
        <translation>fehlgeschlagener Lauf</translation>
    </message>
</context>
<context>
    <name>rb::ui::DistributionPlot</name>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="28"/>
        <source>Cold start to exit (ms)</source>
        <translation>Kaltstart bis Ende (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="29"/>
        <source>Fraction of runs ≤ x</source>
        <translation>Anteil der Läufe ≤ x</translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="67"/>
        <source>%1 · %2 (n = %3)</source>
        <translation>%1 · %2 (n = %3)</translation>
    </message>
</context>
<context>
    <name>rb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="70"/>
        <source>Runbench</source>
        <translation>Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="82"/>
        <source>%v / %m runs</source>
        <translation>%v / %m Läufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>Looking for runtimes…</source>
        <translation>Suche Laufzeitumgebungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>&amp;Experiment</source>
        <translation>&amp;Experiment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="106"/>
        <source>Run &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="108"/>
        <source>Cold start of hello and cpu-hash on native and Node&apos;s WASI (resources/experiments/demo.json)</source>
        <translation>Kaltstart von hello und cpu-hash nativ und unter Nodes WASI (resources/experiments/demo.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>&amp;Run experiment…</source>
        <translation>Experiment &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="110"/>
        <source>Run experiment</source>
        <translation>Experiment starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="111"/>
        <source>Experiment specs (*.json)</source>
        <translation>Experiment-Spezifikationen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="119"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation>Laufenden Prozessbaum beenden und stoppen; abgeschlossene Läufe bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="120"/>
        <source>&amp;Open results…</source>
        <translation>Ergebnisse ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="121"/>
        <source>Open results folder</source>
        <translation>Ergebnisordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="127"/>
        <source>&amp;Export figures…</source>
        <translation>Abbildungen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="128"/>
        <source>Export figures to</source>
        <translation>Abbildungen exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="146"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="170"/>
        <source>%1 of %2 runtimes available</source>
        <translation>%1 von %2 Laufzeitumgebungen verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="196"/>
        <source>An experiment is already running.</source>
        <translation>Es läuft bereits ein Experiment.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="214"/>
        <source>The experiment was not started: see the log.</source>
        <translation>Das Experiment wurde nicht gestartet: siehe Protokoll.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="232"/>
        <source>Started: %1 runs, writing %2</source>
        <translation>Gestartet: %1 Läufe, schreibe nach %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="241"/>
        <source>%n live point(s) dropped</source>
        <translation><numerusform>%n Live-Punkt verworfen</numerusform><numerusform>%n Live-Punkte verworfen</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="250"/>
        <source>The experiment could not run: %1</source>
        <translation>Das Experiment konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="255"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1: %2 Läufe aufgezeichnet, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="261"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="263"/>
        <source>Results in %1</source>
        <translation>Ergebnisse in %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="295"/>
        <source>Runbench — %1</source>
        <translation>Runbench — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="302"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="323"/>
        <source>Figures written: %1</source>
        <translation>Abbildungen geschrieben: %1</translation>
    </message>
</context>
</TS>
