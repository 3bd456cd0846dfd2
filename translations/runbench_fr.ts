<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>rb::RunnerTableModel</name>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="43"/>
        <source>%1
Binary: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="44"/>
        <source>%1
Unavailable: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="53"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="53"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="71"/>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="73"/>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="75"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/models/runnertablemodel.cpp" line="77"/>
        <source>Version / reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rb::ui::ColdStartPlot</name>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="31"/>
        <source>Run (in execution order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="32"/>
        <source>Cold start to exit (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="69"/>
        <source>warm-up (not analysed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="73"/>
        <source>failed run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rb::ui::DistributionPlot</name>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="28"/>
        <source>Cold start to exit (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="29"/>
        <source>Fraction of runs ≤ x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="66"/>
        <source>%1 · %2 (n = %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>rb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="70"/>
        <source>Runbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="79"/>
        <source>%v / %m runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="89"/>
        <source>Looking for runtimes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="98"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="101"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="102"/>
        <source>&amp;Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="103"/>
        <source>Run &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="105"/>
        <source>Cold start of hello and cpu-hash on native and Node&apos;s WASI (resources/experiments/demo.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="106"/>
        <source>&amp;Run experiment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="107"/>
        <source>Run experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="108"/>
        <source>Experiment specs (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="114"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="116"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="117"/>
        <source>&amp;Open results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="118"/>
        <source>Open results folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="124"/>
        <source>&amp;Export figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="125"/>
        <source>Export figures to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="132"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="143"/>
        <source>Runtimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="149"/>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="165"/>
        <source>%1 of %2 runtimes available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="191"/>
        <source>An experiment is already running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="209"/>
        <source>The experiment was not started: see the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="227"/>
        <source>Started: %1 runs, writing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="234"/>
        <source>Run %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="236"/>
        <source>%n live point(s) dropped</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="245"/>
        <source>The experiment could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="250"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="256"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="258"/>
        <source>Results in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="290"/>
        <source>Runbench — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="297"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="318"/>
        <source>Figures written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
