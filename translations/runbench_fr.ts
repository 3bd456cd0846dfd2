<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>rb::RunnerTableModel</name>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="43"/>
        <source>%1
Binary: %2</source>
        <translation>%1
Exécutable&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="44"/>
        <source>%1
Unavailable: %2</source>
        <translation>%1
Indisponible&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="53"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="53"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="71"/>
        <source>Runtime</source>
        <translation>Environnement d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="73"/>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="75"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="77"/>
        <source>Version / reason</source>
        <translation>Version / raison</translation>
    </message>
</context>
<context>
    <name>rb::ui::ColdStartPlot</name>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="32"/>
        <source>Run (in execution order)</source>
        <translation>Exécution (dans l&apos;ordre)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="33"/>
        <source>Cold start to exit (ms)</source>
        <translation>Démarrage à froid jusqu&apos;à la sortie (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="62"/>
        <source>warm-up (not analysed)</source>
        <translation>préchauffage (non analysé)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="66"/>
        <source>failed run</source>
        <translation>exécution échouée</translation>
    </message>
</context>
<context>
    <name>rb::ui::DistributionPlot</name>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="21"/>
        <location filename="../ui/plot/distributionplot.cpp" line="40"/>
        <source>Cold start to exit (ms)</source>
        <translation>Démarrage à froid jusqu&apos;à la sortie (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="22"/>
        <location filename="../ui/plot/distributionplot.cpp" line="42"/>
        <source>Fraction of runs ≤ x</source>
        <translation>Fraction des exécutions ≤ x</translation>
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
        <translation>&amp;Tableau</translation>
    </message>
    <message>
        <location filename="../ui/pages/exportpage.cpp" line="20"/>
        <source>F&amp;igure</source>
        <translation>F&amp;igure</translation>
    </message>
</context>
<context>
    <name>rb::ui::FiguresPage</name>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="58"/>
        <source>Figure kind, drawn as runbench-cli figure draws it</source>
        <translation>Type de figure, tracée comme le fait runbench-cli figure</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="59"/>
        <source>Metric to draw (a metric of samples.csv, e.g. wall_ms); empty: the kind&apos;s default</source>
        <translation>Métrique à tracer (une métrique de samples.csv, p. ex. wall_ms)&#xa0;; vide&#xa0;: celle par défaut du type</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="62"/>
        <location filename="../ui/pages/figurespage.cpp" line="63"/>
        <source>cpu_percent (default)</source>
        <extracomment>placeholder of the metric field when the kind takes no metric</extracomment>
        <translation>cpu_percent (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="62"/>
        <location filename="../ui/pages/figurespage.cpp" line="64"/>
        <location filename="../ui/pages/figurespage.cpp" line="138"/>
        <source>(not used)</source>
        <extracomment>placeholder of the metric field: the metric drawn when the field is empty</extracomment>
        <translation>(inutilisée)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="67"/>
        <source>Heatmap: show ratios to this runtime; (none): show the values</source>
        <translation>Carte de chaleur&#xa0;: rapports à cet environnement&#xa0;; (aucune)&#xa0;: les valeurs</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="69"/>
        <source>(none)</source>
        <extracomment>baseline combo entry: no baseline</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="71"/>
        <source>W </source>
        <extracomment>prefix of the spin box of the exported figure&apos;s width (W 88 mm)</extracomment>
        <translation>L </translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="72"/>
        <source>Width of the exported figure</source>
        <translation>Largeur de la figure exportée</translation>
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
        <translation>Hauteur de la figure exportée</translation>
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
        <translation>Résolution d&apos;un export PNG (PDF et SVG sont vectoriels)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="92"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="93"/>
        <source>Font size of tick labels and legend in the exported figure; axis titles are 1 pt larger</source>
        <translation>Taille de police des graduations et de la légende de la figure exportée&#xa0;; les titres d&apos;axe font 1&#xa0;pt de plus</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="98"/>
        <source>Colours: Okabe–Ito and Tol&apos;s schemes are colour-blind safe; greyscale for black-and-white print</source>
        <translation>Couleurs&#xa0;: les palettes Okabe–Ito et de Tol sont adaptées aux daltoniens&#xa0;; niveaux de gris pour l&apos;impression en noir et blanc</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="100"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="102"/>
        <source>Save the figure as PDF, SVG or PNG at W × H mm in the paper theme (runbench-cli figure draws the same)</source>
        <translation>Enregistrer la figure en PDF, SVG ou PNG à L × H&#xa0;mm avec le thème de publication (runbench-cli figure trace la même)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="114"/>
        <source>&amp;Kind</source>
        <translation>T&amp;ype</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="114"/>
        <source>&amp;Metric</source>
        <translation>&amp;Métrique</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="115"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="123"/>
        <source>&amp;Palette</source>
        <translation>&amp;Palette</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="138"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="269"/>
        <source>no figure to export</source>
        <translation>aucune figure à exporter</translation>
    </message>
    <message>
        <location filename="../ui/pages/figurespage.cpp" line="285"/>
        <source>Export figure</source>
        <translation>Exporter la figure</translation>
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
        <translation>%v / %m exécutions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="106"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="342"/>
        <source>Looking for runtimes…</source>
        <translation>Recherche des environnements…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="150"/>
        <source>Every runner and profile: available or not, version, why not</source>
        <translation>Chaque runner et profil&#xa0;: disponible ou non, version, sinon pourquoi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="151"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="151"/>
        <source>The running experiment: progress, live plots, log</source>
        <translation>L&apos;expérience en cours&#xa0;: progression, tracés en direct, journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="153"/>
        <source>Tables (LaTeX, Markdown, CSV, JSON) and figures (PDF, SVG, PNG) of the open results, for a paper</source>
        <translation>Tableaux (LaTeX, Markdown, CSV, JSON) et figures (PDF, SVG, PNG) des résultats ouverts, pour un article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="168"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="217"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="220"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="221"/>
        <source>&amp;Experiment</source>
        <translation>&amp;Expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="222"/>
        <source>Run &amp;demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="225"/>
        <source>Cold start of hello and cpu-hash on native and Node&apos;s WASI (resources/experiments/demo.json)</source>
        <translation>Démarrage à froid de hello et cpu-hash en natif et sous WASI de Node (resources/experiments/demo.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="226"/>
        <source>&amp;Run experiment…</source>
        <translation>&amp;Lancer une expérience…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="227"/>
        <source>Run experiment</source>
        <translation>Lancer une expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="228"/>
        <source>Experiment specs (*.json)</source>
        <translation>Spécifications d&apos;expérience (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="234"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="236"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation>Tuer l&apos;arbre de processus en cours et arrêter&#xa0;; les exécutions terminées sont conservées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="237"/>
        <source>&amp;Open results…</source>
        <translation>&amp;Ouvrir des résultats…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="238"/>
        <source>Open results folder</source>
        <translation>Ouvrir un dossier de résultats</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>&amp;Add results folder…</source>
        <translation>&amp;Ajouter un dossier de résultats…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>Add a results folder beside the open ones</source>
        <translation>Ajouter un dossier de résultats à ceux déjà ouverts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="250"/>
        <source>&amp;Import other tool&apos;s results…</source>
        <translation>&amp;Importer les résultats d&apos;un autre outil…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="251"/>
        <source>Import a file another tool wrote (docs/import.md)</source>
        <translation>Importer un fichier écrit par un autre outil (docs/import.md)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="256"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Récemment ouverts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="266"/>
        <source>&amp;Export figures…</source>
        <translation>E&amp;xporter les figures…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="267"/>
        <source>Export figures to</source>
        <translation>Exporter les figures vers</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="274"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="278"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="279"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="280"/>
        <source>&amp;About Runbench</source>
        <translation>À &amp;propos de Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="281"/>
        <source>About Runbench</source>
        <translation>À propos de Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="282"/>
        <source>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Compare how software runs on WebAssembly runtimes, containers and native processes: design an experiment, watch it live, compare with sound statistics, export tables and figures for a paper.&lt;/p&gt;&lt;p&gt;The same experiments run headless with &lt;tt&gt;runbench-cli&lt;/tt&gt;. The user guide is docs/user-guide.md; data, workloads and experiments are in %2.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Built with Qt %3 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Comparez l&apos;exécution de logiciels sur des environnements d&apos;exécution WebAssembly, des conteneurs et des processus natifs&#xa0;: concevez une expérience, suivez-la en direct, comparez avec des statistiques rigoureuses, exportez tableaux et figures pour un article.&lt;/p&gt;&lt;p&gt;Les mêmes expériences s&apos;exécutent sans interface graphique avec &lt;tt&gt;runbench-cli&lt;/tt&gt;. Le guide de l&apos;utilisateur est docs/user-guide.md&#xa0;; données, charges de travail et expériences se trouvent dans %2.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Construit avec Qt %3 et QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="290"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="150"/>
        <source>Runtimes</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="vanished">Journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="310"/>
        <source>%1 of %2 runtimes available</source>
        <translation>%1 environnements disponibles sur %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="338"/>
        <source>The new runtime folders are used once this experiment ends and Runbench starts again.</source>
        <translation>Les nouveaux dossiers d&apos;environnements d&apos;exécution seront utilisés une fois cette expérience terminée et Runbench redémarré.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="360"/>
        <source>An experiment is already running.</source>
        <translation>Une expérience est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="379"/>
        <source>The experiment was not started: see the log.</source>
        <translation>L&apos;expérience n&apos;a pas démarré&#xa0;: voir le journal.</translation>
    </message>
    <message>
        <source>Started: %1 runs, writing %2</source>
        <translation type="vanished">Démarrée&#xa0;: %1 exécutions, écriture dans %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="402"/>
        <source>Run %1 of %2: %3</source>
        <translation>Exécution %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="403"/>
        <source>Run %1 of %2: %3 (about %4:%5 left)</source>
        <translation>Exécution %1 sur %2&#xa0;: %3 (encore environ %4:%5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="410"/>
        <source>%n live point(s) dropped</source>
        <translation>
            <numerusform>%n point en direct perdu</numerusform>
            <numerusform>%n points en direct perdus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="418"/>
        <source>The experiment could not run: %1</source>
        <translation>L&apos;expérience n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="422"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1&#xa0;: %2 exécutions enregistrées, %3 échouées, %4 ignorées</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="vanished">%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="427"/>
        <source>Results in %1</source>
        <translation>Résultats dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="451"/>
        <source>Runbench — %1</source>
        <translation>Runbench — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="458"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="487"/>
        <source>Figures written: %1</source>
        <translation>Figures écrites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rb::ui::RunPage</name>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="26"/>
        <source>No experiment running. Start one from the Design page or Experiment → Run demo.</source>
        <translation>Aucune expérience en cours. Lancez-en une depuis la page Conception ou via Expérience → Lancer la démo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="28"/>
        <source>%v / %m runs</source>
        <translation>%v / %m exécutions</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="33"/>
        <source>Messages of the run: starts, failures with their reason, where results go.</source>
        <translation>Messages de l&apos;exécution&#xa0;: démarrages, échecs avec leur raison, emplacement des résultats.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/runpage.cpp" line="74"/>
        <source>Starting %n run(s), writing %1</source>
        <translation>
            <numerusform>Démarrage de %n exécution, écriture dans %1</numerusform>
            <numerusform>Démarrage de %n exécutions, écriture dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="76"/>
        <source>Started: %1 runs, writing %2</source>
        <translation>Démarrée&#xa0;: %1 exécutions, écriture dans %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="83"/>
        <source>Run %1 of %2: %3</source>
        <translation>Exécution %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="84"/>
        <source>Run %1 of %2: %3 (about %4:%5 left)</source>
        <translation>Exécution %1 sur %2&#xa0;: %3 (encore environ %4:%5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="97"/>
        <source>The experiment could not run: %1</source>
        <translation>L&apos;expérience n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="101"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1&#xa0;: %2 exécutions enregistrées, %3 échouées, %4 ignorées</translation>
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
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="25"/>
        <source>One folder per line, e.g. ~/.wasmtime/bin</source>
        <translation>Un dossier par ligne, p. ex. ~/.wasmtime/bin</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="27"/>
        <source>&amp;Add folder…</source>
        <translation>A&amp;jouter un dossier…</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="29"/>
        <source>Folder with runtime binaries</source>
        <translation>Dossier contenant des exécutables d&apos;environnements d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="34"/>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="35"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="36"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="41"/>
        <source> per second</source>
        <extracomment>unit of the live plot refresh rate</extracomment>
        <translation> par seconde</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="42"/>
        <source>How often live plots redraw during a run; lower it on a slow machine</source>
        <translation>Fréquence à laquelle les tracés en direct sont redessinés pendant une exécution&#xa0;; à réduire sur une machine lente</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="45"/>
        <source>Searched for runtime binaries before PATH; runtimes are probed again when this list changes.</source>
        <translation>Parcourus avant PATH pour trouver les exécutables des environnements d&apos;exécution&#xa0;; ceux-ci sont de nouveau détectés quand cette liste change.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="49"/>
        <source>Runtime &amp;folders</source>
        <translation>&amp;Dossiers des environnements</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="52"/>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="53"/>
        <source>Plots already on screen take the new theme when they are drawn again.</source>
        <translation>Les tracés déjà affichés prennent le nouveau thème quand ils sont redessinés.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="56"/>
        <source>Live &amp;plots redraw</source>
        <translation>&amp;Rafraîchissement des tracés</translation>
    </message>
</context>
<context>
    <name>rb::ui::TableExportPanel</name>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="66"/>
        <source>Open a results folder (File → Open results…) to see its table here.</source>
        <translation>Ouvrez un dossier de résultats (Fichier → Ouvrir des résultats…) pour voir son tableau ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="69"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="70"/>
        <source>Copy the table text to the clipboard</source>
        <translation>Copier le texte du tableau dans le presse-papiers</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="71"/>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="72"/>
        <source>Write the table to a file (.tex, .md, .csv, .json)</source>
        <translation>Écrire le tableau dans un fichier (.tex, .md, .csv, .json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="105"/>
        <source>Summary (one row per group)</source>
        <translation>Résumé (une ligne par groupe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="106"/>
        <source>Pairwise (every pair of groups)</source>
        <translation>Par paires (chaque paire de groupes)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="107"/>
        <source>Runtime × workload matrix</source>
        <translation>Matrice environnement × charge de travail</translation>
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
        <translation>(par défaut&#xa0;: wall_ms ou la seule)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="114"/>
        <source>(none)</source>
        <extracomment>baseline choice: no baseline</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="115"/>
        <source>Summary: mark each group&apos;s difference to this one; matrix: ratios to this runtime</source>
        <translation>Résumé&#xa0;: marquer l&apos;écart de chaque groupe à celui-ci&#xa0;; matrice&#xa0;: rapports à cet environnement</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="117"/>
        <source>Median with its 95 % CI</source>
        <translation>Médiane et son IC à 95&#xa0;%</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="118"/>
        <source>Mean ± 95 % CI half-width</source>
        <translation>Moyenne ± demi-largeur de l&apos;IC à 95&#xa0;%</translation>
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
        <translation>Ajustement des valeurs p pour la comparaison de plusieurs paires</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="121"/>
        <source>made from the metric</source>
        <translation>déduite de la métrique</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="122"/>
        <source>e.g. tab:coldstart</source>
        <translation>p. ex. tab:coldstart</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="123"/>
        <source>LaTeX \label key</source>
        <translation>Clé \label LaTeX</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="124"/>
        <source>&amp;Table</source>
        <translation>Ta&amp;bleau</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="125"/>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="126"/>
        <source>&amp;Metric</source>
        <translation>&amp;Métrique</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="127"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="128"/>
        <source>C&amp;enter</source>
        <translation>Ce&amp;ntre</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="129"/>
        <source>C&amp;orrection</source>
        <translation>C&amp;orrection</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="130"/>
        <source>C&amp;aption</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="131"/>
        <source>&amp;Label</source>
        <translation>Éti&amp;quette</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="132"/>
        <source>The preview is exactly what runbench-cli export writes with these choices.</source>
        <translation>L&apos;aperçu est exactement ce qu&apos;écrit runbench-cli export avec ces choix.</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="228"/>
        <source>There is no table to save: %1</source>
        <translation>Aucun tableau à enregistrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="233"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/tableexportpanel.cpp" line="246"/>
        <source>Save table</source>
        <translation>Enregistrer le tableau</translation>
    </message>
</context>
<context>
    <name>rb::ui::figure</name>
    <message>
        <location filename="../ui/plot/ecdffigure.cpp" line="17"/>
        <source>Fraction of runs ≤ x</source>
        <translation>Fraction des exécutions ≤ x</translation>
    </message>
    <message>
        <location filename="../ui/plot/heatmapfigure.cpp" line="85"/>
        <source>%1 ÷ %2 (%3)</source>
        <translation>%1 ÷ %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/plot/heatmapfigure.cpp" line="131"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadlatencyfigure.cpp" line="35"/>
        <source>Offered load (requests/s)</source>
        <translation>Charge offerte (requêtes/s)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadlatencyfigure.cpp" line="36"/>
        <source>Achieved throughput (requests/s)</source>
        <translation>Débit atteint (requêtes/s)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadlatencyfigure.cpp" line="37"/>
        <location filename="../ui/plot/spectrumfigure.cpp" line="31"/>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/spectrumfigure.cpp" line="30"/>
        <source>Percentile (%)</source>
        <translation>Centile (%)</translation>
    </message>
    <message>
        <location filename="../ui/plot/throughputfigure.cpp" line="13"/>
        <source>Concurrency (connections)</source>
        <translation>Concurrence (connexions)</translation>
    </message>
    <message>
        <location filename="../ui/plot/throughputfigure.cpp" line="14"/>
        <source>Requests/s (mean, 95% CI)</source>
        <translation>Requêtes/s (moyenne, IC à 95&#xa0;%)</translation>
    </message>
    <message>
        <location filename="../ui/plot/timelinefigure.cpp" line="14"/>
        <source>Time since the run&apos;s start (s)</source>
        <translation>Temps depuis le début de l&apos;exécution (s)</translation>
    </message>
</context>
</TS>
