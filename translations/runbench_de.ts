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
        <location filename="../ui/plot/coldstartplot.cpp" line="32"/>
        <source>Run (in execution order)</source>
        <translation>Lauf (in Ausführungsreihenfolge)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="33"/>
        <source>Cold start to exit (ms)</source>
        <translation>Kaltstart bis Ende (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="62"/>
        <source>warm-up (not analysed)</source>
        <translation>Aufwärmlauf (nicht ausgewertet)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="66"/>
        <source>failed run</source>
        <translation>fehlgeschlagener Lauf</translation>
    </message>
</context>
<context>
    <name>rb::ui::DistributionPlot</name>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="21"/>
        <location filename="../ui/plot/distributionplot.cpp" line="40"/>
        <source>Cold start to exit (ms)</source>
        <translation>Kaltstart bis Ende (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="22"/>
        <location filename="../ui/plot/distributionplot.cpp" line="42"/>
        <source>Fraction of runs ≤ x</source>
        <translation>Anteil der Läufe ≤ x</translation>
    </message>
    <message>
        <source>%1 · %2 (n = %3)</source>
        <translation type="vanished">%1 · %2 (n = %3)</translation>
    </message>
</context>
<context>
    <name>rb::ui::ExportPage</name>
    <message>
        <location filename="../ui/pages/exportpage.cpp" line="19"/>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <location filename="../ui/pages/exportpage.cpp" line="20"/>
        <source>F&amp;igure</source>
        <translation>&amp;Abbildung</translation>
    </message>
</context>
<context>
    <name>rb::ui::FiguresPage</name>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="58"/>
        <source>Figure kind, drawn as runbench-cli figure draws it</source>
        <translation>Abbildungstyp, gezeichnet wie von runbench-cli figure</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="59"/>
        <source>Metric to draw (a metric of samples.csv, e.g. wall_ms); empty: the kind&apos;s default</source>
        <translation>Darzustellende Metrik (eine Metrik aus samples.csv, z. B. wall_ms); leer: Vorgabe des Typs</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="62"/>
        <location filename="../ui/pages/figurespage.cpp" line="63"/>
        <source>cpu_percent (default)</source>
        <extracomment>placeholder of the metric field when the kind takes no metric</extracomment>
        <translation>cpu_percent (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="62"/>
        <location filename="../ui/pages/figurespage.cpp" line="64"/>
        <location filename="../ui/pages/figurespage.cpp" line="138"/>
        <source>(not used)</source>
        <extracomment>placeholder of the metric field: the metric drawn when the field is empty</extracomment>
        <translation>(nicht verwendet)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="67"/>
        <source>Heatmap: show ratios to this runtime; (none): show the values</source>
        <translation>Heatmap: Verhältnisse zu dieser Laufzeitumgebung; (keine): die Werte</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="69"/>
        <source>(none)</source>
        <extracomment>baseline combo entry: no baseline</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="71"/>
        <source>W </source>
        <extracomment>prefix of the spin box of the exported figure&apos;s width (W 88 mm)</extracomment>
        <translation>B </translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="72"/>
        <source>Width of the exported figure</source>
        <translation>Breite der exportierten Abbildung</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="74"/>
        <source>H </source>
        <extracomment>prefix of the spin box of the exported figure&apos;s height (H 60 mm)</extracomment>
        <translation>H </translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="75"/>
        <source>Height of the exported figure</source>
        <translation>Höhe der exportierten Abbildung</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="79"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="86"/>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="87"/>
        <source>Resolution of a PNG export (PDF and SVG are vector)</source>
        <translation>Auflösung eines PNG-Exports (PDF und SVG sind Vektorgrafiken)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="92"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="93"/>
        <source>Font size of tick labels and legend in the exported figure; axis titles are 1 pt larger</source>
        <translation>Schriftgröße der Skalenbeschriftung und der Legende in der exportierten Abbildung; Achsentitel sind 1 pt größer</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="98"/>
        <source>Colours: Okabe–Ito and Tol&apos;s schemes are colour-blind safe; greyscale for black-and-white print</source>
        <translation>Farben: die Schemata von Okabe–Ito und Tol sind für Farbfehlsichtige geeignet; Graustufen für Schwarz-Weiß-Druck</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="100"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="102"/>
        <source>Save the figure as PDF, SVG or PNG at W × H mm in the paper theme (runbench-cli figure draws the same)</source>
        <translation>Abbildung als PDF, SVG oder PNG in B × H mm im Publikationsstil speichern (runbench-cli figure zeichnet dieselbe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="114"/>
        <source>&amp;Kind</source>
        <translation>Ty&amp;p</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="114"/>
        <source>&amp;Metric</source>
        <translation>&amp;Metrik</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="115"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="123"/>
        <source>&amp;Palette</source>
        <translation>Pa&amp;lette</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="138"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="269"/>
        <source>no figure to export</source>
        <translation>keine Abbildung zum Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="285"/>
        <source>Export figure</source>
        <translation>Abbildung exportieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="286"/>
        <source>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</source>
        <translation>PDF (*.pdf);;SVG (*.svg);;PNG (*.png)</translation>
    </message>
</context>
<context>
    <name>rb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="79"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="451"/>
        <source>Runbench</source>
        <translation>Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="84"/>
        <source>%v / %m runs</source>
        <translation>%v / %m Läufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="106"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Looking for runtimes…</source>
        <translation>Suche Laufzeitumgebungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="150"/>
        <source>Every runner and profile: available or not, version, why not</source>
        <translation>Jeder Runner und jedes Profil: verfügbar oder nicht, Version, sonst warum nicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="151"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="151"/>
        <source>The running experiment: progress, live plots, log</source>
        <translation>Das laufende Experiment: Fortschritt, Live-Diagramme, Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="153"/>
        <source>Tables (LaTeX, Markdown, CSV, JSON) and figures (PDF, SVG, PNG) of the open results, for a paper</source>
        <translation>Tabellen (LaTeX, Markdown, CSV, JSON) und Abbildungen (PDF, SVG, PNG) der geöffneten Ergebnisse, für eine Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="217"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="221"/>
        <source>&amp;Experiment</source>
        <translation>&amp;Experiment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="222"/>
        <source>Run &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="225"/>
        <source>Cold start of hello and cpu-hash on native and Node&apos;s WASI (resources/experiments/demo.json)</source>
        <translation>Kaltstart von hello und cpu-hash nativ und unter Nodes WASI (resources/experiments/demo.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="226"/>
        <source>&amp;Run experiment…</source>
        <translation>Experiment &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="227"/>
        <source>Run experiment</source>
        <translation>Experiment starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="228"/>
        <source>Experiment specs (*.json)</source>
        <translation>Experiment-Spezifikationen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="234"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="236"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation>Laufenden Prozessbaum beenden und stoppen; abgeschlossene Läufe bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="237"/>
        <source>&amp;Open results…</source>
        <translation>Ergebnisse ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="238"/>
        <source>Open results folder</source>
        <translation>Ergebnisordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Add results folder…</source>
        <translation>Ergebnisordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>Add a results folder beside the open ones</source>
        <translation>Ergebnisordner zu den geöffneten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="250"/>
        <source>&amp;Import other tool&apos;s results…</source>
        <translation>Ergebnisse anderer Werkzeuge &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="251"/>
        <source>Import a file another tool wrote (docs/import.md)</source>
        <translation>Von einem anderen Werkzeug geschriebene Datei importieren (docs/import.md)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="256"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>&amp;Export figures…</source>
        <translation>Abbildungen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="267"/>
        <source>Export figures to</source>
        <translation>Abbildungen exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="274"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="279"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="280"/>
        <source>&amp;About Runbench</source>
        <translation>&amp;Über Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="281"/>
        <source>About Runbench</source>
        <translation>Über Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="282"/>
        <source>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Compare how software runs on WebAssembly runtimes, containers and native processes: design an experiment, watch it live, compare with sound statistics, export tables and figures for a paper.&lt;/p&gt;&lt;p&gt;The same experiments run headless with &lt;tt&gt;runbench-cli&lt;/tt&gt;. The user guide is docs/user-guide.md; data, workloads and experiments are in %2.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Built with Qt %3 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Vergleichen Sie, wie Software auf WebAssembly-Laufzeitumgebungen, in Containern und als native Prozesse läuft: Experiment entwerfen, live verfolgen, mit fundierter Statistik vergleichen, Tabellen und Abbildungen für eine Veröffentlichung exportieren.&lt;/p&gt;&lt;p&gt;Dieselben Experimente laufen ohne Oberfläche mit &lt;tt&gt;runbench-cli&lt;/tt&gt;. Das Benutzerhandbuch ist docs/user-guide.md; Daten, Workloads und Experimente liegen in %2.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Erstellt mit Qt %3 und QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="290"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="150"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="vanished">Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="310"/>
        <source>%1 of %2 runtimes available</source>
        <translation>%1 von %2 Laufzeitumgebungen verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="338"/>
        <source>The new runtime folders are used once this experiment ends and Runbench starts again.</source>
        <translation>Die neuen Laufzeit-Ordner werden verwendet, sobald dieses Experiment beendet ist und Runbench neu startet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="360"/>
        <source>An experiment is already running.</source>
        <translation>Es läuft bereits ein Experiment.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="379"/>
        <source>The experiment was not started: see the log.</source>
        <translation>Das Experiment wurde nicht gestartet: siehe Protokoll.</translation>
    </message>
    <message>
        <source>Started: %1 runs, writing %2</source>
        <translation type="vanished">Gestartet: %1 Läufe, schreibe nach %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="402"/>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="403"/>
        <source>Run %1 of %2: %3 (about %4:%5 left)</source>
        <translation>Lauf %1 von %2: %3 (noch etwa %4:%5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="410"/>
        <source>%n live point(s) dropped</source>
        <translation>
            <numerusform>%n Live-Punkt verworfen</numerusform>
            <numerusform>%n Live-Punkte verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="418"/>
        <source>The experiment could not run: %1</source>
        <translation>Das Experiment konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="422"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1: %2 Läufe aufgezeichnet, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="vanished">%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="427"/>
        <source>Results in %1</source>
        <translation>Ergebnisse in %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="451"/>
        <source>Runbench — %1</source>
        <translation>Runbench — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="487"/>
        <source>Figures written: %1</source>
        <translation>Abbildungen geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>rb::ui::RunPage</name>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="26"/>
        <source>No experiment running. Start one from the Design page or Experiment → Run demo.</source>
        <translation>Kein Experiment läuft. Starten Sie eines auf der Seite Entwurf oder über Experiment → Demo starten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="28"/>
        <source>%v / %m runs</source>
        <translation>%v / %m Läufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="33"/>
        <source>Messages of the run: starts, failures with their reason, where results go.</source>
        <translation>Meldungen des Laufs: Starts, Fehlschläge mit Grund, Ablageort der Ergebnisse.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/runpage.cpp" line="74"/>
        <source>Starting %n run(s), writing %1</source>
        <translation>
            <numerusform>Starte %n Lauf, schreibe nach %1</numerusform>
            <numerusform>Starte %n Läufe, schreibe nach %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="76"/>
        <source>Started: %1 runs, writing %2</source>
        <translation>Gestartet: %1 Läufe, schreibe nach %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="83"/>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="84"/>
        <source>Run %1 of %2: %3 (about %4:%5 left)</source>
        <translation>Lauf %1 von %2: %3 (noch etwa %4:%5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="97"/>
        <source>The experiment could not run: %1</source>
        <translation>Das Experiment konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="101"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1: %2 Läufe aufgezeichnet, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="107"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>rb::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="23"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="25"/>
        <source>One folder per line, e.g. ~/.wasmtime/bin</source>
        <translation>Ein Ordner pro Zeile, z. B. ~/.wasmtime/bin</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="27"/>
        <source>&amp;Add folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="29"/>
        <source>Folder with runtime binaries</source>
        <translation>Ordner mit Programmen von Laufzeitumgebungen</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="34"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="35"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="36"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="41"/>
        <source> per second</source>
        <extracomment>unit of the live plot refresh rate</extracomment>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="42"/>
        <source>How often live plots redraw during a run; lower it on a slow machine</source>
        <translation>Wie oft Live-Diagramme während eines Laufs neu gezeichnet werden; auf langsamen Rechnern verringern</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="45"/>
        <source>Searched for runtime binaries before PATH; runtimes are probed again when this list changes.</source>
        <translation>Werden vor PATH nach Programmen von Laufzeitumgebungen durchsucht; diese werden neu erkannt, wenn sich die Liste ändert.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="49"/>
        <source>Runtime &amp;folders</source>
        <translation>&amp;Laufzeit-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52"/>
        <source>&amp;Theme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Plots already on screen take the new theme when they are drawn again.</source>
        <translation>Bereits angezeigte Diagramme übernehmen das neue Farbschema, wenn sie neu gezeichnet werden.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="56"/>
        <source>Live &amp;plots redraw</source>
        <translation>Live-&amp;Diagramme neu zeichnen</translation>
    </message>
</context>
<context>
    <name>rb::ui::TableExportPanel</name>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="66"/>
        <source>Open a results folder (File → Open results…) to see its table here.</source>
        <translation>Öffnen Sie einen Ergebnisordner (Datei → Ergebnisse öffnen…), um hier seine Tabelle zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="69"/>
        <source>&amp;Copy</source>
        <translation>Ko&amp;pieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="70"/>
        <source>Copy the table text to the clipboard</source>
        <translation>Tabellentext in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="71"/>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="72"/>
        <source>Write the table to a file (.tex, .md, .csv, .json)</source>
        <translation>Tabelle in eine Datei schreiben (.tex, .md, .csv, .json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="105"/>
        <source>Summary (one row per group)</source>
        <translation>Übersicht (eine Zeile pro Gruppe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="106"/>
        <source>Pairwise (every pair of groups)</source>
        <translation>Paarweise (jedes Gruppenpaar)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="107"/>
        <source>Runtime × workload matrix</source>
        <translation>Matrix Laufzeitumgebung × Workload</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="109"/>
        <source>LaTeX (booktabs)</source>
        <translation>LaTeX (booktabs)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="109"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="110"/>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="110"/>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="112"/>
        <source>(default: wall_ms or the only one)</source>
        <extracomment>metric choice: the metric runbench-cli export reads when none is named</extracomment>
        <translation>(Standard: wall_ms oder die einzige)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="114"/>
        <source>(none)</source>
        <extracomment>baseline choice: no baseline</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="115"/>
        <source>Summary: mark each group&apos;s difference to this one; matrix: ratios to this runtime</source>
        <translation>Übersicht: Unterschied jeder Gruppe zu dieser markieren; Matrix: Verhältnisse zu dieser Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="117"/>
        <source>Median with its 95 % CI</source>
        <translation>Median mit 95-%-KI</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="118"/>
        <source>Mean ± 95 % CI half-width</source>
        <translation>Mittelwert ± halbe Breite des 95-%-KI</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="119"/>
        <source>Holm</source>
        <translation>Holm</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="119"/>
        <source>Benjamini–Hochberg</source>
        <translation>Benjamini–Hochberg</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="120"/>
        <source>How p-values are adjusted for comparing several pairs</source>
        <translation>Wie p-Werte für den Vergleich mehrerer Paare angepasst werden</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="121"/>
        <source>made from the metric</source>
        <translation>aus der Metrik erzeugt</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="122"/>
        <source>e.g. tab:coldstart</source>
        <translation>z. B. tab:coldstart</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="123"/>
        <source>LaTeX \label key</source>
        <translation>LaTeX-\label-Schlüssel</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="124"/>
        <source>&amp;Table</source>
        <translation>Ta&amp;belle</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="125"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="126"/>
        <source>&amp;Metric</source>
        <translation>&amp;Metrik</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="127"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="128"/>
        <source>C&amp;enter</source>
        <translation>La&amp;gemaß</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="129"/>
        <source>C&amp;orrection</source>
        <translation>&amp;Korrektur</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="130"/>
        <source>C&amp;aption</source>
        <translation>B&amp;eschriftung</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="131"/>
        <source>&amp;Label</source>
        <translation>&amp;Label</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="132"/>
        <source>The preview is exactly what runbench-cli export writes with these choices.</source>
        <translation>Die Vorschau ist genau das, was runbench-cli export mit diesen Einstellungen schreibt.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="228"/>
        <source>There is no table to save: %1</source>
        <translation>Keine Tabelle zum Speichern: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="233"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="246"/>
        <source>Save table</source>
        <translation>Tabelle speichern</translation>
    </message>
</context>
<context>
    <name>rb::ui::figure</name>
    <message>
        <location filename="../ui/plot/ecdffigure.cpp" line="17"/>
        <source>Fraction of runs ≤ x</source>
        <translation>Anteil der Läufe ≤ x</translation>
    </message>
    <message>
        <location filename="../ui/plot/heatmapfigure.cpp" line="85"/>
        <source>%1 ÷ %2 (%3)</source>
        <translation>%1 ÷ %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/plot/heatmapfigure.cpp" line="131"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadlatencyfigure.cpp" line="35"/>
        <source>Offered load (requests/s)</source>
        <translation>Angebotene Last (Anfragen/s)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadlatencyfigure.cpp" line="36"/>
        <source>Achieved throughput (requests/s)</source>
        <translation>Erreichter Durchsatz (Anfragen/s)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadlatencyfigure.cpp" line="37"/>
        <location filename="../ui/plot/spectrumfigure.cpp" line="31"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/spectrumfigure.cpp" line="30"/>
        <source>Percentile (%)</source>
        <translation>Perzentil (%)</translation>
    </message>
    <message>
        <location filename="../ui/plot/throughputfigure.cpp" line="13"/>
        <source>Concurrency (connections)</source>
        <translation>Nebenläufigkeit (Verbindungen)</translation>
    </message>
    <message>
        <location filename="../ui/plot/throughputfigure.cpp" line="14"/>
        <source>Requests/s (mean, 95% CI)</source>
        <translation>Anfragen/s (Mittelwert, 95-%-KI)</translation>
    </message>
    <message>
        <location filename="../ui/plot/timelinefigure.cpp" line="14"/>
        <source>Time since the run&apos;s start (s)</source>
        <translation>Zeit seit Beginn des Laufs (s)</translation>
    </message>
</context>
</TS>
