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
Exécutable : %2</translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="44"/>
        <source>%1
Unavailable: %2</source>
        <translation>%1
Indisponible : %2</translation>
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
        <location filename="../ui/plot/coldstartplot.cpp" line="31"/>
        <source>Run (in execution order)</source>
        <translation>Exécution (dans l&apos;ordre)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="32"/>
        <source>Cold start to exit (ms)</source>
        <translation>Démarrage à froid jusqu&apos;à la sortie (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="69"/>
        <source>warm-up (not analysed)</source>
        <translation>préchauffage (non analysé)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="73"/>
        <source>failed run</source>
        <translation>exécution échouée</translation>
    </message>
</context>
<context>
    <name>rb::ui::DistributionPlot</name>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="28"/>
        <source>Cold start to exit (ms)</source>
        <translation>Démarrage à froid jusqu&apos;à la sortie (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="29"/>
        <source>Fraction of runs ≤ x</source>
        <translation>Fraction des exécutions ≤ x</translation>
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
        <translation>%v / %m exécutions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="92"/>
        <source>Looking for runtimes…</source>
        <translation>Recherche des environnements…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="104"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>&amp;Experiment</source>
        <translation>&amp;Expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="106"/>
        <source>Run &amp;demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="108"/>
        <source>Cold start of hello and cpu-hash on native and Node&apos;s WASI (resources/experiments/demo.json)</source>
        <translation>Démarrage à froid de hello et cpu-hash en natif et sous WASI de Node (resources/experiments/demo.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="109"/>
        <source>&amp;Run experiment…</source>
        <translation>&amp;Lancer une expérience…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="110"/>
        <source>Run experiment</source>
        <translation>Lancer une expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="111"/>
        <source>Experiment specs (*.json)</source>
        <translation>Spécifications d&apos;expérience (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="119"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation>Tuer l&apos;arbre de processus en cours et arrêter ; les exécutions terminées sont conservées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="120"/>
        <source>&amp;Open results…</source>
        <translation>&amp;Ouvrir des résultats…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="121"/>
        <source>Open results folder</source>
        <translation>Ouvrir un dossier de résultats</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="127"/>
        <source>&amp;Export figures…</source>
        <translation>E&amp;xporter les figures…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="128"/>
        <source>Export figures to</source>
        <translation>Exporter les figures vers</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="135"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="146"/>
        <source>Runtimes</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="152"/>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="170"/>
        <source>%1 of %2 runtimes available</source>
        <translation>%1 environnements disponibles sur %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="196"/>
        <source>An experiment is already running.</source>
        <translation>Une expérience est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="214"/>
        <source>The experiment was not started: see the log.</source>
        <translation>L&apos;expérience n&apos;a pas démarré : voir le journal.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="232"/>
        <source>Started: %1 runs, writing %2</source>
        <translation>Démarrée : %1 exécutions, écriture dans %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>Run %1 of %2: %3</source>
        <translation>Exécution %1 sur %2 : %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="241"/>
        <source>%n live point(s) dropped</source>
        <translation><numerusform>%n point en direct perdu</numerusform><numerusform>%n points en direct perdus</numerusform></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="250"/>
        <source>The experiment could not run: %1</source>
        <translation>L&apos;expérience n&apos;a pas pu s&apos;exécuter : %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="255"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1 : %2 exécutions enregistrées, %3 échouées, %4 ignorées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="261"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="263"/>
        <source>Results in %1</source>
        <translation>Résultats dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="295"/>
        <source>Runbench — %1</source>
        <translation>Runbench — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="302"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="323"/>
        <source>Figures written: %1</source>
        <translation>Figures écrites : %1</translation>
    </message>
</context>
</TS>
