<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>TrSpecCheck</name>
    <message>
        <source>an integer from %1 to %2</source>
        <translation type="obsolete">eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="obsolete">eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>unknown parameter (%1 takes none)</source>
        <translation type="obsolete">unbekannter Parameter (%1 hat keine)</translation>
    </message>
    <message>
        <source>unknown parameter (expected one of: %1)</source>
        <translation type="obsolete">unbekannter Parameter (erwartet: einer der Parameter %1)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="obsolete">erwartet: %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="obsolete">erwartet: eine Zeichenkette</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation type="obsolete">erwartet: einer der Werte %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="obsolete">erwartet: true oder false</translation>
    </message>
    <message>
        <source>expected %1 or an array of them</source>
        <translation type="obsolete">erwartet: %1 oder ein Array davon</translation>
    </message>
    <message>
        <source>expected at least one level</source>
        <translation type="obsolete">erwartet: mindestens eine Stufe</translation>
    </message>
    <message>
        <source>expected duration_s &gt; 0 or requests &gt; 0</source>
        <translation type="obsolete">erwartet: duration_s &gt; 0 oder requests &gt; 0</translation>
    </message>
</context>
<context>
    <name>rb::Comparison</name>
    <message>
        <location filename="../core/io/comparison.cpp" line="26"/>
        <source>CPU model</source>
        <translation>CPU-Modell</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="27"/>
        <source>number of logical CPUs</source>
        <translation>Anzahl logischer CPUs</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="28"/>
        <source>memory size</source>
        <translation>Speichergröße</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="29"/>
        <source>architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="30"/>
        <source>kernel</source>
        <translation>Kernel</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="31"/>
        <source>operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="32"/>
        <source>simultaneous multithreading</source>
        <translation>Simultaneous Multithreading (SMT)</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="33"/>
        <source>CPU frequency governor</source>
        <translation>CPU-Frequenz-Governor</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="34"/>
        <source>turbo boost setting</source>
        <translation>Turbo-Boost-Einstellung</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="35"/>
        <source>cgroup version</source>
        <translation>cgroup-Version</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="36"/>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="72"/>
        <source>Different machines: the %1 differs: %2.</source>
        <extracomment>%1: what differs (CPU model, kernel, …); %2: each value with its set, e.g. &quot;6.1 (today) vs 5.10 (old)&quot;</extracomment>
        <translation>Unterschiedliche Maschinen: %1 unterscheidet sich: %2.</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="91"/>
        <source>Different cache policies: %1. Warm caches make start-up faster; these runs are not comparable.</source>
        <extracomment>%1: each set&apos;s cache policy, e.g. &quot;cold (today) vs warm (old)&quot;</extracomment>
        <translation>Unterschiedliche Cache-Strategien: %1. Warme Caches beschleunigen den Start; diese Läufe sind nicht vergleichbar.</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="121"/>
        <source>Runtime %1 ran in different versions: %2.</source>
        <extracomment>%1: runtime id; %2: each version with its set</extracomment>
        <translation>Laufzeitumgebung %1 lief in unterschiedlichen Versionen: %2.</translation>
    </message>
    <message>
        <location filename="../core/io/numberfile.cpp" line="197"/>
        <source>%1: no values of metric &quot;%2&quot;; metrics in this folder: %3</source>
        <translation>%1: keine Werte der Metrik „%2“; Metriken in diesem Ordner: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/numberfile.cpp" line="214"/>
        <source>%1: %n of %2 configurations have no values of metric &quot;%3&quot; (left out)</source>
        <extracomment>%1: the set; %n configurations of %2 (all of the set&apos;s) have no values of the metric %3</extracomment>
        <translation>
            <numerusform>%1: %n von %2 Konfigurationen hat keine Werte der Metrik „%3“ (ausgelassen)</numerusform>
            <numerusform>%1: %n von %2 Konfigurationen haben keine Werte der Metrik „%3“ (ausgelassen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/numberfile.cpp" line="223"/>
        <source>%1: %n failed run(s) left out</source>
        <translation>
            <numerusform>%1: %n fehlgeschlagener Lauf ausgelassen</numerusform>
            <numerusform>%1: %n fehlgeschlagene Läufe ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ComparisonModel</name>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="47"/>
        <source>negligible</source>
        <translation>vernachlässigbar</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="50"/>
        <source>small</source>
        <translation>klein</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="52"/>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="52"/>
        <source>large</source>
        <translation>groß</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="146"/>
        <source>baseline</source>
        <extracomment>the baseline&apos;s own cell in the ratio column of the Compare table</extracomment>
        <translation>Referenz</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="173"/>
        <source>Cliff&apos;s δ = %1 (%2): the chance that a run of this group is slower than a run of the baseline, minus the chance that it is faster. A12 = %3.</source>
        <extracomment>%1: Cliff&apos;s delta; %2: negligible, small, medium or large</extracomment>
        <translation>Cliffs δ = %1 (%2): die Wahrscheinlichkeit, dass ein Lauf dieser Gruppe langsamer ist als ein Lauf der Referenz, minus die Wahrscheinlichkeit, dass er schneller ist. A12 = %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/comparisonmodel.cpp" line="178"/>
        <source>Mann–Whitney U p = %1 (raw), %2 after Holm&apos;s correction over the %n comparison(s) with the baseline. *** p &lt; 0.001, ** p &lt; 0.01, * p &lt; 0.05; no mark: no significant difference.</source>
        <translation>
            <numerusform>Mann-Whitney-U p = %1 (roh), %2 nach Holm-Korrektur über den %n Vergleich mit der Referenz. *** p &lt; 0,001, ** p &lt; 0,01, * p &lt; 0,05; ohne Markierung: kein signifikanter Unterschied.</numerusform>
            <numerusform>Mann-Whitney-U p = %1 (roh), %2 nach Holm-Korrektur über die %n Vergleiche mit der Referenz. *** p &lt; 0,001, ** p &lt; 0,01, * p &lt; 0,05; ohne Markierung: kein signifikanter Unterschied.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="181"/>
        <source>undefined</source>
        <translation>nicht definiert</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="234"/>
        <source>The %1th percentile (type 7, as numpy&apos;s default): that share of the runs took at most this.</source>
        <translation>Das %1. Perzentil (Typ 7, wie numpys Standard): dieser Anteil der Läufe dauerte höchstens so lange.</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="236"/>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="236"/>
        <source>Set (when several are open), runtime, workload and scenario</source>
        <translation>Set (wenn mehrere geöffnet sind), Laufzeitumgebung, Workload und Szenario</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="237"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="237"/>
        <source>Number of successful measured runs (warm-ups and failed runs left out)</source>
        <translation>Anzahl erfolgreicher gemessener Läufe (ohne Aufwärm- und fehlgeschlagene Läufe)</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="238"/>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="238"/>
        <source>Median of the runs</source>
        <translation>Median der Läufe</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="239"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="239"/>
        <source>Arithmetic mean of the runs</source>
        <translation>Arithmetisches Mittel der Läufe</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="240"/>
        <source>95 % CI</source>
        <translation>95-%-KI</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="240"/>
        <source>Half-width of the 95 % Student t confidence interval of the mean: mean ± this</source>
        <translation>Halbe Breite des 95-%-Konfidenzintervalls (Student-t) des Mittelwerts: Mittelwert ± dieser Wert</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="241"/>
        <source>Ratio</source>
        <translation>Verhältnis</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="241"/>
        <source>Median of this group divided by the baseline&apos;s median: 2.0 = twice the baseline&apos;s value</source>
        <translation>Median dieser Gruppe geteilt durch den Median der Referenz: 2,0 = doppelter Wert der Referenz</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="242"/>
        <source>Ratio 95 % CI</source>
        <translation>Verh. 95-%-KI</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="242"/>
        <source>Percentile bootstrap 95 % confidence interval of the ratio of medians</source>
        <translation>Perzentil-Bootstrap-95-%-Konfidenzintervall des Verhältnisses der Mediane</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="243"/>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="244"/>
        <source>Two-sided Mann–Whitney U test against the baseline, Holm-adjusted over all comparisons with it</source>
        <translation>Zweiseitiger Mann-Whitney-U-Test gegen die Referenz, Holm-korrigiert über alle Vergleiche mit ihr</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="245"/>
        <source>Sig.</source>
        <translation>Sig.</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="246"/>
        <source>Significance of the difference to the baseline (Holm-adjusted p): *** p &lt; 0.001, ** p &lt; 0.01, * p &lt; 0.05; empty: not significant</source>
        <translation>Signifikanz des Unterschieds zur Referenz (Holm-korrigiertes p): *** p &lt; 0,001, ** p &lt; 0,01, * p &lt; 0,05; leer: nicht signifikant</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="248"/>
        <source>Cliff&apos;s δ</source>
        <translation>Cliffs δ</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="249"/>
        <source>Effect size from −1 to 1: P(this &gt; baseline) − P(this &lt; baseline). |δ| &lt; 0.147 negligible, &lt; 0.33 small, &lt; 0.474 medium, else large</source>
        <translation>Effektstärke von −1 bis 1: P(diese &gt; Referenz) − P(diese &lt; Referenz). |δ| &lt; 0,147 vernachlässigbar, &lt; 0,33 klein, &lt; 0,474 mittel, sonst groß</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="251"/>
        <source>p5</source>
        <translation>p5</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="252"/>
        <source>p25</source>
        <translation>p25</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="253"/>
        <source>p75</source>
        <translation>p75</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="254"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="255"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
</context>
<context>
    <name>rb::FactorTableModel</name>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="77"/>
        <source>setup commands</source>
        <translation>Setup-Befehle</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="77"/>
        <source>teardown commands</source>
        <translation>Teardown-Befehle</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="80"/>
        <source>factor %1, level %2, %3: %4</source>
        <translation>Faktor %1, Stufe %2, %3: %4</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="146"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="148"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="150"/>
        <source>Setup commands</source>
        <translation>Setup-Befehle</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="152"/>
        <source>Teardown commands</source>
        <translation>Teardown-Befehle</translation>
    </message>
</context>
<context>
    <name>rb::PlanHostModel</name>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="82"/>
        <source>yes, connects to %1</source>
        <extracomment>A spec host that the chosen Ansible inventory has; %1 is the address Ansible connects to</extracomment>
        <translation>ja, verbindet zu %1</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="84"/>
        <source>missing</source>
        <extracomment>A spec host that the chosen Ansible inventory lacks</extracomment>
        <translation>fehlt</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="105"/>
        <source>%1 is not a host of the inventory %2: Ansible reaches hosts by their inventory names, so it could not run there. Add it to the inventory (with ansible_host=%3) or correct the id in the spec.</source>
        <translation>%1 ist kein Host des Inventars %2: Ansible erreicht Hosts über ihre Namen im Inventar, dort könnte also nichts laufen. Fügen Sie ihn dem Inventar hinzu (mit ansible_host=%3) oder korrigieren Sie die ID in der Spezifikation.</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="123"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="125"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="127"/>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="129"/>
        <source>In the inventory</source>
        <translation>Im Inventar</translation>
    </message>
</context>
<context>
    <name>rb::ProfileChecker</name>
    <message numerus="yes">
        <location filename="../core/runner/profilechecker.cpp" line="60"/>
        <source>Valid: runtime &quot;%1&quot; (%2), %n variant(s); saved as %3</source>
        <translation>
            <numerusform>Gültig: Laufzeitumgebung „%1“ (%2), %n Variante; gespeichert als %3</numerusform>
            <numerusform>Gültig: Laufzeitumgebung „%1“ (%2), %n Varianten; gespeichert als %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runner/profilechecker.cpp" line="101"/>
        <source>The profile is not valid yet: nothing was saved.</source>
        <translation>Das Profil ist noch nicht gültig: nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>rb::ResultTreeModel</name>
    <message>
        <location filename="../core/models/resulttreemodel.cpp" line="128"/>
        <source>%1
%2 runs, %3 failed</source>
        <extracomment>tooltip of a result set in the tree: %1 its folder or file, %2 runs, %3 failed runs</extracomment>
        <translation>%1
%2 Läufe, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../core/models/resulttreemodel.cpp" line="154"/>
        <source>Set / runtime / workload · scenario</source>
        <extracomment>tree column: result set, runtime, or workload · scenario</extracomment>
        <translation>Set / Laufzeitumgebung / Workload · Szenario</translation>
    </message>
    <message>
        <location filename="../core/models/resulttreemodel.cpp" line="156"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../core/models/resulttreemodel.cpp" line="158"/>
        <source>Failed</source>
        <translation>Fehlgeschl.</translation>
    </message>
</context>
<context>
    <name>rb::RunTableModel</name>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="136"/>
        <source>warm-up %1</source>
        <extracomment>a warm-up run, left out of statistics; %1 is its number</extracomment>
        <translation>Aufwärmlauf %1</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="139"/>
        <source>ok</source>
        <extracomment>status of a run that failed; %1 says why</extracomment>
        <translation>ok</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="139"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="224"/>
        <source>Set</source>
        <translation>Set</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="226"/>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="228"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="230"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="232"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="235"/>
        <source>Parameters</source>
        <extracomment>scenario parameters and factor levels of a run, e.g. &quot;concurrency=4&quot;</extracomment>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="237"/>
        <source>Repetition</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="239"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
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
    <name>rb::ScenarioParamModel</name>
    <message>
        <location filename="../core/models/scenarioparammodel.cpp" line="160"/>
        <source>Parameter</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location filename="../core/models/scenarioparammodel.cpp" line="162"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../core/models/scenarioparammodel.cpp" line="164"/>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>rb::Scenarios</name>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="26"/>
        <source>Launch to exit of a workload that exits, output checked: wall, CPU, max RSS, faults.</source>
        <translation>Vom Start bis zum Ende eines Workloads, der sich beendet, Ausgabe geprüft: Gesamtzeit, CPU, max. RSS, Seitenfehler.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="30"/>
        <source>Launch of a server to its first answer, in phases: spawn, listening (TCP accept), first 200; `cold: full` also times the prepare step (image/bundle/AOT) as its own phase.</source>
        <translation>Vom Start eines Servers bis zu seiner ersten Antwort, in Phasen: Prozessstart, lauscht (TCP-accept), erstes 200; `cold: full` misst auch den Vorbereitungsschritt (Image/Bundle/AOT) als eigene Phase.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="36"/>
        <source>path of the first request</source>
        <translation>Pfad der ersten Anfrage</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="38"/>
        <source>runtime: artefacts prepared once and reused; full: every run prepares again (timed as prepare_ms)</source>
        <translation>runtime: Artefakte einmal vorbereitet und wiederverwendet; full: jeder Lauf bereitet neu vor (gemessen als prepare_ms)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="44"/>
        <source>On one running instance, after warm-up requests, N requests or D seconds at concurrency c: HDR latencies, requests/s, errors.</source>
        <translation>Auf einer laufenden Instanz, nach Aufwärmanfragen, N Anfragen oder D Sekunden bei Nebenläufigkeit c: HDR-Latenzen, Anfragen/s, Fehler.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="50"/>
        <source>connections kept busy (closed loop)</source>
        <translation>ständig belegte Verbindungen (geschlossene Schleife)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="52"/>
        <source>how long to measure (0: use requests)</source>
        <translation>Messdauer (0: requests verwenden)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="54"/>
        <source>how many requests to measure (0: use duration_s)</source>
        <translation>Anzahl gemessener Anfragen (0: duration_s verwenden)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="56"/>
        <source>requests sent and discarded first</source>
        <translation>zuerst gesendete und verworfene Anfragen</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="58"/>
        <source>requests/s (open loop, corrected latencies); 0: closed loop</source>
        <translation>Anfragen/s (offene Schleife, korrigierte Latenzen); 0: geschlossene Schleife</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="59"/>
        <location filename="../core/model/scenariokinds.cpp" line="78"/>
        <source>load generator threads</source>
        <translation>Threads des Lastgenerators</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="60"/>
        <location filename="../core/model/scenariokinds.cpp" line="79"/>
        <source>request path</source>
        <translation>Anfragepfad</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="63"/>
        <source>Each concurrency level (closed loop) and each request rate (open loop) on a fresh instance: requests/s and latency percentiles per level; optional SLO search.</source>
        <translation>Jede Nebenläufigkeitsstufe (geschlossene Schleife) und jede Anfragerate (offene Schleife) auf einer frischen Instanz: Anfragen/s und Latenzperzentile pro Stufe; optionale SLO-Suche.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="69"/>
        <source>closed-loop levels (connections)</source>
        <translation>Stufen der geschlossenen Schleife (Verbindungen)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="71"/>
        <source>open-loop levels (requests/s)</source>
        <translation>Stufen der offenen Schleife (Anfragen/s)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="73"/>
        <source>connections of the open-loop levels</source>
        <translation>Verbindungen der Stufen mit offener Schleife</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="75"/>
        <source>measured time per level</source>
        <translation>gemessene Zeit pro Stufe</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="77"/>
        <source>load before measuring, discarded</source>
        <translation>Last vor dem Messen, verworfen</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="81"/>
        <source>&gt; 0: add an SLO-search level finding the highest rate whose p99 stays under this bound</source>
        <translation>&gt; 0: fügt eine SLO-Suchstufe hinzu, die die höchste Rate findet, deren p99 unter dieser Grenze bleibt</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="84"/>
        <source>upper end of the SLO search (requests/s)</source>
        <translation>obere Grenze der SLO-Suche (Anfragen/s)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="86"/>
        <source>bisection steps of the SLO search</source>
        <translation>Bisektionsschritte der SLO-Suche</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="89"/>
        <source>N instances of an exiting workload in total, at most M starting at once (runwasi&apos;s stress test): tasks/s and the cold-start distribution under concurrency.</source>
        <translation>Insgesamt N Instanzen eines Workloads, der sich beendet, höchstens M gleichzeitig startend (der Stresstest von runwasi): Tasks/s und die Kaltstartverteilung unter Nebenläufigkeit.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="94"/>
        <source>instances in total</source>
        <translation>Instanzen insgesamt</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="96"/>
        <source>instances starting at once</source>
        <translation>gleichzeitig startende Instanzen</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="100"/>
        <source>k instances of a server running at once: RSS/PSS/USS of all their processes (and the daemons&apos; when asked) per instance; instances per GiB.</source>
        <translation>k gleichzeitig laufende Instanzen eines Servers: RSS/PSS/USS all ihrer Prozesse (und der Daemons, wenn gewünscht) pro Instanz; Instanzen pro GiB.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="106"/>
        <source>instances running at once</source>
        <translation>gleichzeitig laufende Instanzen</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="108"/>
        <source>wait after all are ready before reading memory</source>
        <translation>Wartezeit, nachdem alle bereit sind, vor dem Lesen des Speichers</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="110"/>
        <source>count the container daemons&apos; processes too (Faasm&apos;s method)</source>
        <translation>auch die Prozesse der Container-Daemons zählen (Methode von Faasm)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="114"/>
        <source>c parallel copies of a CPU workload: makespan, throughput and parallel efficiency.</source>
        <translation>c parallele Kopien eines CPU-Workloads: Gesamtdauer (Makespan), Durchsatz und parallele Effizienz.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="119"/>
        <source>copies started at once</source>
        <translation>gleichzeitig gestartete Kopien</translation>
    </message>
</context>
<context>
    <name>rb::SpecCheck</name>
    <message>
        <location filename="../core/model/argvtext.cpp" line="35"/>
        <source>column %1: the &apos; opened here is never closed</source>
        <translation>Spalte %1: das hier geöffnete &apos; wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../core/model/argvtext.cpp" line="52"/>
        <source>column %1: the &quot; opened here is never closed</source>
        <translation>Spalte %1: das hier geöffnete &quot; wird nie geschlossen</translation>
    </message>
    <message>
        <location filename="../core/model/argvtext.cpp" line="57"/>
        <source>column %1: a \ at the end escapes nothing</source>
        <translation>Spalte %1: ein \ am Ende maskiert nichts</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="96"/>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="108"/>
        <source>%1: field &quot;%2&quot;: %3</source>
        <extracomment>%1: the file (or &quot;the design&quot;); %2: the field, e.g. scenarios[0].concurrency; %3: what was expected</extracomment>
        <translation>%1: Feld „%2“: %3</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="121"/>
        <source>expected an integer from %1 to %2</source>
        <translation>erwartet: eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="134"/>
        <source>expected a number from %1 to %2</source>
        <translation>erwartet: eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="144"/>
        <source>expected a non-empty array of strings</source>
        <translation>erwartet: ein nicht leeres Array von Zeichenketten</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="149"/>
        <location filename="../core/model/experimentspec.cpp" line="427"/>
        <source>expected a non-empty string</source>
        <translation>erwartet: eine nicht leere Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="153"/>
        <source>duplicate &quot;%1&quot;</source>
        <translation>„%1“ doppelt</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="165"/>
        <source>expected a workload name</source>
        <translation>erwartet: ein Workload-Name</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="173"/>
        <source>expected a string or an object {&quot;name&quot;: …, &quot;args&quot;: […]}</source>
        <translation>erwartet: eine Zeichenkette oder ein Objekt {&quot;name&quot;: …, &quot;args&quot;: […]}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="179"/>
        <source>expected a string or number</source>
        <translation>erwartet: eine Zeichenkette oder Zahl</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="191"/>
        <location filename="../core/model/experimentspec.cpp" line="291"/>
        <source>expected a non-empty array</source>
        <translation>erwartet: ein nicht leeres Array</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="203"/>
        <source>expected a kind name or an object {&quot;kind&quot;: …, parameters…}</source>
        <translation>erwartet: ein Artname oder ein Objekt {&quot;kind&quot;: …, Parameter…}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="208"/>
        <source>unknown scenario kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Szenarioart „%1“ (erwartet: eine der Arten %2)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="215"/>
        <source>expected a letter, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>erwartet: ein Buchstabe, dann Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="225"/>
        <source>two scenarios are called &quot;%1&quot;: give one a &quot;name&quot;</source>
        <translation>zwei Szenarien heißen „%1“: geben Sie einem davon einen „name“</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="240"/>
        <source>expected an array of commands, each an array of strings (argv)</source>
        <translation>erwartet: ein Array von Befehlen, jeder ein Array von Zeichenketten (argv)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="250"/>
        <source>expected a non-empty array of non-empty strings (argv, no shell)</source>
        <translation>erwartet: ein nicht leeres Array nicht leerer Zeichenketten (argv, keine Shell)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="264"/>
        <source>expected an array of {&quot;name&quot;, &quot;levels&quot;}</source>
        <translation>erwartet: ein Array von {&quot;name&quot;, &quot;levels&quot;}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="280"/>
        <source>expected an identifier that is not a scenario level (%1)</source>
        <translation>erwartet: ein Bezeichner, der keine Szenariostufe ist (%1)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="286"/>
        <source>duplicate factor &quot;%1&quot;</source>
        <translation>Faktor „%1“ doppelt</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="299"/>
        <source>expected a level name or {&quot;name&quot;, &quot;setup&quot;, &quot;teardown&quot;}</source>
        <translation>erwartet: ein Stufenname oder {&quot;name&quot;, &quot;setup&quot;, &quot;teardown&quot;}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="307"/>
        <source>duplicate level &quot;%1&quot;</source>
        <translation>Stufe „%1“ doppelt</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="320"/>
        <source>expected a non-empty array of &quot;sut&quot;, &quot;loadgen&quot; or &quot;both&quot;</source>
        <translation>erwartet: ein nicht leeres Array aus „sut“, „loadgen“ oder „both“</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="337"/>
        <source>unknown role &quot;%1&quot; (expected &quot;sut&quot;, &quot;loadgen&quot; or &quot;both&quot;)</source>
        <translation>unbekannte Rolle „%1“ (erwartet: „sut“, „loadgen“ oder „both“)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="338"/>
        <source>(not a string)</source>
        <translation>(keine Zeichenkette)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="358"/>
        <source>expected a non-empty array of {&quot;id&quot;, &quot;address&quot;, &quot;roles&quot;}</source>
        <translation>erwartet: ein nicht leeres Array von {&quot;id&quot;, &quot;address&quot;, &quot;roles&quot;}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="365"/>
        <source>expected an object {&quot;id&quot;, &quot;address&quot;, &quot;roles&quot;}</source>
        <translation>erwartet: ein Objekt {&quot;id&quot;, &quot;address&quot;, &quot;roles&quot;}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="372"/>
        <source>unknown field (expected one of: id, address, roles)</source>
        <translation>unbekanntes Feld (erwartet: id, address oder roles)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="379"/>
        <source>expected a non-empty string of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>erwartet: eine nicht leere Zeichenkette aus Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; oder &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="383"/>
        <source>duplicate host &quot;%1&quot;</source>
        <translation>Host „%1“ doppelt</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="388"/>
        <source>expected an IP address or DNS name</source>
        <translation>erwartet: eine IP-Adresse oder ein DNS-Name</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="409"/>
        <source>%1: not valid JSON at %2: %3</source>
        <extracomment>%1: the file; %2: &quot;line 3, column 7&quot;; %3: what Qt&apos;s JSON parser says</extracomment>
        <translation>%1: kein gültiges JSON in %2: %3</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="413"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1: erwartet wurde ein JSON-Objekt auf oberster Ebene</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="421"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>unbekanntes Feld (erwartet: eines der Felder %1)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="432"/>
        <source>expected a non-empty array of workloads</source>
        <translation>erwartet: ein nicht leeres Array von Workloads</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="439"/>
        <source>duplicate workload &quot;%1&quot;</source>
        <translation>Workload „%1“ doppelt</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="454"/>
        <source>expected a non-negative integer</source>
        <translation>erwartet: eine nicht negative ganze Zahl</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="467"/>
        <source>expected &quot;sequential&quot;, &quot;interleaved&quot; or &quot;random&quot;</source>
        <translation>erwartet: „sequential“, „interleaved“ oder „random“</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="477"/>
        <source>expected &quot;cold&quot; or &quot;warm&quot;</source>
        <translation>erwartet: „cold“ oder „warm“</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="482"/>
        <location filename="../core/model/scenariokinds.cpp" line="211"/>
        <source>expected true or false</source>
        <translation>erwartet: true oder false</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="136"/>
        <source>an integer from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="136"/>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="181"/>
        <source>unknown parameter (%1 takes none)</source>
        <translation>unbekannter Parameter (%1 hat keine)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="182"/>
        <source>unknown parameter (expected one of: %1)</source>
        <translation>unbekannter Parameter (erwartet: einer der Parameter %1)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="197"/>
        <source>expected %1</source>
        <translation>erwartet: %1</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="204"/>
        <source>expected a string</source>
        <translation>erwartet: eine Zeichenkette</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="205"/>
        <source>expected one of: %1</source>
        <translation>erwartet: einer der Werte %1</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="221"/>
        <source>expected %1 or an array of them</source>
        <translation>erwartet: %1 oder ein Array davon</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="241"/>
        <source>expected at least one level</source>
        <translation>erwartet: mindestens eine Stufe</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="247"/>
        <source>expected duration_s &gt; 0 or requests &gt; 0</source>
        <translation>erwartet: duration_s &gt; 0 oder requests &gt; 0</translation>
    </message>
    <message>
        <location filename="../core/model/workload.cpp" line="127"/>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <location filename="../core/model/workload.cpp" line="128"/>
        <source>workload &quot;%1&quot; takes %2 argument(s) (%3), got %4</source>
        <translation>Workload „%1“ nimmt %2 Argument(e) (%3), erhalten: %4</translation>
    </message>
    <message>
        <location filename="../core/model/workload.cpp" line="138"/>
        <source>workload &quot;%1&quot;: argument N must be a non-negative integer, got &quot;%2&quot;</source>
        <translation>Workload „%1“: Argument N muss eine nicht negative ganze Zahl sein, erhalten: „%2“</translation>
    </message>
    <message>
        <location filename="../core/model/workload.cpp" line="146"/>
        <source>workload &quot;%1&quot;: argument %2 must be an integer from %3 to %4, got &quot;%5&quot;</source>
        <translation>Workload „%1“: Argument %2 muss eine ganze Zahl von %3 bis %4 sein, erhalten: „%5“</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="129"/>
        <source>%1: field &quot;runtimes[%2]&quot;: unknown runtime &quot;%3&quot; (known here: %4)</source>
        <translation>%1: Feld „runtimes[%2]“: unbekannte Laufzeitumgebung „%3“ (hier bekannt: %4)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="133"/>
        <source>none; no runner plugin was found</source>
        <translation>keine; es wurde kein Runner-Plugin gefunden</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="141"/>
        <source>%1: field &quot;workloads[%2]&quot;: unknown workload &quot;%3&quot; (known: %4)</source>
        <translation>%1: Feld „workloads[%2]“: unbekannter Workload „%3“ (bekannt: %4)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="156"/>
        <source>%1: field &quot;workloads[%2]&quot;: no runtime of the spec runs &quot;%3&quot; (%4)</source>
        <translation>%1: Feld „workloads[%2]“: keine Laufzeitumgebung der Spezifikation führt „%3“ aus (%4)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="170"/>
        <source>%1: field &quot;workloads[%2]&quot;: &quot;%3&quot; %4, and no scenario of the spec takes such a workload (these do: %5)</source>
        <translation>%1: Feld „workloads[%2]“: „%3“ %4, und kein Szenario der Spezifikation nimmt einen solchen Workload (diese schon: %5)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="175"/>
        <source>is a server (it never exits)</source>
        <translation>ist ein Server (er endet nie)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="176"/>
        <source>exits when done (it is not a server)</source>
        <translation>endet, wenn er fertig ist (er ist kein Server)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="181"/>
        <source>%1: field &quot;workloads[%2]&quot;: %3</source>
        <translation>%1: Feld „workloads[%2]“: %3</translation>
    </message>
</context>
<context>
    <name>rb::SpecDraft</name>
    <message>
        <location filename="../core/models/specdraft.cpp" line="38"/>
        <source>not known here</source>
        <translation>hier nicht bekannt</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="64"/>
        <source>server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="64"/>
        <source>exits when done</source>
        <translation>endet, wenn fertig</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="72"/>
        <source>not in the catalogue</source>
        <translation>nicht im Katalog</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="116"/>
        <source>Runtime</source>
        <translation>Laufzeitumgebung</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="116"/>
        <source>Version / why not</source>
        <translation>Version / warum nicht</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="117"/>
        <source>Workload</source>
        <translation>Workload</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="117"/>
        <source>Arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="118"/>
        <source>Scenario</source>
        <translation>Szenario</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="118"/>
        <source>What it measures</source>
        <translation>Was es misst</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="177"/>
        <source>the design</source>
        <translation>der Entwurf</translation>
    </message>
</context>
<context>
    <name>rb::TableExport</name>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="54"/>
        <source>no usable values were read</source>
        <translation>es wurden keine verwendbaren Werte gelesen</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="62"/>
        <source>--baseline &quot;%1&quot; is not a group</source>
        <translation>--baseline „%1“ ist keine Gruppe</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="66"/>
        <source>--table pairwise needs at least two groups, found one</source>
        <translation>--table pairwise braucht mindestens zwei Gruppen, nur eine gefunden</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="82"/>
        <source>--table matrix reads exactly one results folder (or one file or folder to import)</source>
        <translation>--table matrix liest genau einen Ergebnisordner (oder eine Datei bzw. einen Ordner zum Importieren)</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="104"/>
        <source>%1 has no values of metric &quot;%2&quot;; metrics in this folder: %3</source>
        <translation>%1 hat keine Werte der Metrik „%2“; Metriken in diesem Ordner: %3</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="109"/>
        <source>--baseline &quot;%1&quot; is not a runtime of this folder (runtimes: %2)</source>
        <translation>--baseline „%1“ ist keine Laufzeitumgebung dieses Ordners (Laufzeitumgebungen: %2)</translation>
    </message>
</context>
<context>
    <name>rb::plan::PlaybookRun</name>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="49"/>
        <source>A playbook is already running.</source>
        <translation>Ein Playbook läuft bereits.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="60"/>
        <source>ansible-playbook is not installed. Install Ansible on this machine (the controller) with &quot;sudo apt install ansible&quot; (Debian, Ubuntu) or &quot;pipx install ansible&quot;, then run again.</source>
        <translation>ansible-playbook ist nicht installiert. Installieren Sie Ansible auf diesem Rechner (dem Controller) mit „sudo apt install ansible“ (Debian, Ubuntu) oder „pipx install ansible“ und starten Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="88"/>
        <source>ansible-playbook could not be started: %1</source>
        <translation>ansible-playbook konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="134"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="138"/>
        <source>ansible-playbook crashed.</source>
        <translation>ansible-playbook ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="144"/>
        <source>ansible-playbook could not read the plan (exit code %1): see the log.</source>
        <translation>ansible-playbook konnte den Plan nicht lesen (Exit-Code %1): siehe Protokoll.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="154"/>
        <source>The playbook finished on every host.</source>
        <translation>Das Playbook ist auf allen Hosts fertig.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/playbookrun.cpp" line="165"/>
        <source>The playbook failed on %n host(s) (exit code 2).</source>
        <translation>
            <numerusform>Das Playbook ist auf %n Host fehlgeschlagen (Exit-Code 2).</numerusform>
            <numerusform>Das Playbook ist auf %n Hosts fehlgeschlagen (Exit-Code 2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/playbookrun.cpp" line="167"/>
        <source>%n host(s) could not be reached (exit code 4): check the inventory&apos;s addresses, users and SSH keys (ansible -i inventory all -m ping).</source>
        <translation>
            <numerusform>%n Host war nicht erreichbar (Exit-Code 4): prüfen Sie Adressen, Benutzer und SSH-Schlüssel im Inventar (ansible -i inventory all -m ping).</numerusform>
            <numerusform>%n Hosts waren nicht erreichbar (Exit-Code 4): prüfen Sie Adressen, Benutzer und SSH-Schlüssel im Inventar (ansible -i inventory all -m ping).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="171"/>
        <source>ansible-playbook stopped with exit code %1: see the log.</source>
        <translation>ansible-playbook endete mit Exit-Code %1: siehe Protokoll.</translation>
    </message>
</context>
<context>
    <name>rb::ui::ColdStartPlot</name>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="55"/>
        <source>Run (in execution order)</source>
        <translation>Lauf (in Ausführungsreihenfolge)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="56"/>
        <source>Cold start to exit (ms)</source>
        <translation>Kaltstart bis Ende (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="90"/>
        <source>warm-up (not analysed)</source>
        <translation>Aufwärmlauf (nicht ausgewertet)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="94"/>
        <source>failed run</source>
        <translation>fehlgeschlagener Lauf</translation>
    </message>
</context>
<context>
    <name>rb::ui::ComparePage</name>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="31"/>
        <source>ECDF</source>
        <translation>ECDF</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="32"/>
        <source>Box plot</source>
        <translation>Boxplot</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="33"/>
        <source>Violin plot</source>
        <translation>Violinplot</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="34"/>
        <source>Throughput vs concurrency</source>
        <translation>Durchsatz vs. Nebenläufigkeit</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="35"/>
        <source>Latency spectrum (HDR)</source>
        <translation>Latenzspektrum (HDR)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="36"/>
        <source>Heatmap (runtime × workload)</source>
        <translation>Heatmap (Laufzeitumgebung × Workload)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="124"/>
        <source>The metric compared (a metric of the open sets&apos; samples.csv)</source>
        <translation>Die verglichene Metrik (eine Metrik aus samples.csv der geöffneten Sets)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="126"/>
        <source>The group every other group is compared with: ratios, p-values and effect sizes</source>
        <translation>Die Gruppe, mit der alle anderen verglichen werden: Verhältnisse, p-Werte und Effektstärken</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="130"/>
        <source>(none)</source>
        <extracomment>baseline combo entry: no baseline, only the summary columns are filled</extracomment>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="134"/>
        <source>What the plot below the table shows</source>
        <translation>Was das Diagramm unter der Tabelle zeigt</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="135"/>
        <source>&amp;Metric</source>
        <translation>&amp;Metrik</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="136"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="136"/>
        <source>&amp;Plot</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="163"/>
        <source>These results may not be comparable:</source>
        <extracomment>banner above the Compare table; the reasons follow, one per line</extracomment>
        <translation>Diese Ergebnisse sind möglicherweise nicht vergleichbar:</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="202"/>
        <source>No values of %1 in the open sets</source>
        <translation>Keine Werte von %1 in den geöffneten Sets</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="210"/>
        <source>No results are open</source>
        <translation>Keine Ergebnisse geöffnet</translation>
    </message>
    <message>
        <source>This plot shows one set: %1 (the baseline&apos;s set, else the newest).</source>
        <extracomment>note above a plot that shows one of several open sets; %1: the set&apos;s label</extracomment>
        <translation type="vanished">Dieses Diagramm zeigt ein Set: %1 (das der Referenz, sonst das neueste).</translation>
    </message>
</context>
<context>
    <name>rb::ui::DesignerPage</name>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="67"/>
        <source>What this experiment is for (optional)</source>
        <translation>Wozu dieses Experiment dient (optional)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="69"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="71"/>
        <source>Description:</source>
        <translation>Beschreibung:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="108"/>
        <source>Double-click the arguments to edit them; &quot;1000; 2000&quot; makes two entries</source>
        <translation>Doppelklicken Sie auf die Argumente, um sie zu bearbeiten; „1000; 2000“ ergibt zwei Einträge</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="115"/>
        <source>Double-click a value to edit it; level lists as &quot;1, 2, 4&quot; (one configuration each)</source>
        <translation>Doppelklicken Sie auf einen Wert, um ihn zu bearbeiten; Stufenlisten als „1, 2, 4“ (je eine Konfiguration)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="128"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="129"/>
        <source>Workloads</source>
        <translation>Workloads</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="130"/>
        <source>Scenarios and their parameters</source>
        <translation>Szenarien und ihre Parameter</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="140"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="153"/>
        <location filename="../ui/pages/designerpage.cpp" line="156"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="159"/>
        <source>cold: a fresh runtime cache for every run; warm: one cache per runtime, shared</source>
        <translation>kalt: ein frischer Laufzeit-Cache für jeden Lauf; warm: ein Cache pro Laufzeitumgebung, geteilt</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="160"/>
        <source>Start container daemons when needed</source>
        <translation>Container-Daemons bei Bedarf starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="166"/>
        <source>Repetitions:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="167"/>
        <source>Warm-up runs:</source>
        <translation>Aufwärmläufe:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="168"/>
        <source>Order:</source>
        <translation>Reihenfolge:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="169"/>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="170"/>
        <source>Timeout:</source>
        <translation>Timeout:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="171"/>
        <source>Cool-down:</source>
        <translation>Abkühlzeit:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="172"/>
        <source>Cache:</source>
        <translation>Cache:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="187"/>
        <source>User factors (each level runs its setup before and teardown after its runs)</source>
        <translation>Benutzerfaktoren (jede Stufe führt ihr Setup vor und ihr Teardown nach ihren Läufen aus)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="195"/>
        <source>Commands are argv, not shell: one command per &apos;;&apos;, arguments separated by spaces</source>
        <translation>Befehle sind argv, keine Shell: ein Befehl pro „;“, Argumente durch Leerzeichen getrennt</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="196"/>
        <source>Add level</source>
        <translation>Stufe hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="197"/>
        <source>Remove level</source>
        <translation>Stufe entfernen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="224"/>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="225"/>
        <source>Save…</source>
        <translation>Speichern…</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="226"/>
        <source>Run</source>
        <translation>Starten</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="228"/>
        <source>Save the design and run it (the same file runs with runbench-cli run)</source>
        <translation>Entwurf speichern und ausführen (dieselbe Datei läuft mit runbench-cli run)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="231"/>
        <source>Open experiment</source>
        <translation>Experiment öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="231"/>
        <location filename="../ui/pages/designerpage.cpp" line="238"/>
        <source>Experiment specs (*.json)</source>
        <translation>Experiment-Spezifikationen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="238"/>
        <source>Save experiment</source>
        <translation>Experiment speichern</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="321"/>
        <source>Runs: — pick at least one runtime, one workload and one scenario</source>
        <translation>Läufe: — wählen Sie mindestens eine Laufzeitumgebung, einen Workload und ein Szenario</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="326"/>
        <source>Runs: — (fix the problem above)</source>
        <translation>Läufe: — (beheben Sie das Problem oben)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="330"/>
        <source>Runs: %1 (%2 measured, %3 warm-up)</source>
        <translation>Läufe: %1 (%2 gemessen, %3 Aufwärmläufe)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="331"/>
        <source>Estimated duration: about %1, at most %2 if every run reaches its timeout. This is an estimate: it assumes %3 s per start and adds the load durations, warm-up phases, settle times and cool-downs the spec sets; slow runtimes (containers, AOT compilation) take longer.</source>
        <translation>Geschätzte Dauer: etwa %1, höchstens %2, wenn jeder Lauf sein Timeout erreicht. Dies ist eine Schätzung: Sie nimmt %3 s pro Start an und addiert die Lastdauern, Aufwärmphasen, Einschwingzeiten und Abkühlzeiten der Spezifikation; langsame Laufzeitumgebungen (Container, AOT-Kompilierung) brauchen länger.</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="337"/>
        <source>Left out as unsuited: %1.</source>
        <translation>Als ungeeignet ausgelassen: %1.</translation>
    </message>
</context>
<context>
    <name>rb::ui::DistributionPlot</name>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="24"/>
        <location filename="../ui/plot/distributionplot.cpp" line="84"/>
        <source>Cold start to exit (ms)</source>
        <translation>Kaltstart bis Ende (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="25"/>
        <location filename="../ui/plot/distributionplot.cpp" line="86"/>
        <source>Fraction of runs ≤ x</source>
        <translation>Anteil der Läufe ≤ x</translation>
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
    <name>rb::ui::InstancePlot</name>
    <message>
        <location filename="../ui/plot/instanceplot.cpp" line="108"/>
        <source>Instance</source>
        <translation>Instanz</translation>
    </message>
    <message>
        <location filename="../ui/plot/instanceplot.cpp" line="141"/>
        <source>Launch → exit (ms)</source>
        <translation>Start → Ende (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/instanceplot.cpp" line="142"/>
        <source>PSS per instance (MiB)</source>
        <translation>PSS pro Instanz (MiB)</translation>
    </message>
    <message>
        <location filename="../ui/plot/instanceplot.cpp" line="176"/>
        <source>warm-up (not analysed)</source>
        <translation>Aufwärmlauf (nicht ausgewertet)</translation>
    </message>
</context>
<context>
    <name>rb::ui::LoadLivePlots</name>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="61"/>
        <source>Percentile (%)</source>
        <translation>Perzentil (%)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="62"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="70"/>
        <source>current level</source>
        <translation>aktuelle Stufe</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="76"/>
        <location filename="../ui/plot/loadliveplots.cpp" line="89"/>
        <source>Time since start (s)</source>
        <translation>Zeit seit Start (s)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="77"/>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="79"/>
        <source>achieved</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="81"/>
        <source>requested</source>
        <translation>angefordert</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="90"/>
        <source>CPU (% of one core)</source>
        <translation>CPU (% eines Kerns)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="92"/>
        <source>Memory (MiB)</source>
        <translation>Speicher (MiB)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="94"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="95"/>
        <source>RSS</source>
        <translation>RSS</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="96"/>
        <source>PSS</source>
        <translation>PSS</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/plot/loadliveplots.cpp" line="152"/>
        <source>run %1, %n request(s)</source>
        <translation>
            <numerusform>Lauf %1, %n Anfrage</numerusform>
            <numerusform>Lauf %1, %n Anfragen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="68"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="268"/>
        <source>Runbench</source>
        <translation>Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="73"/>
        <source>%v / %m runs</source>
        <translation>%v / %m Läufe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="97"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="166"/>
        <source>Looking for runtimes…</source>
        <translation>Suche Laufzeitumgebungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="42"/>
        <source>Every runner and profile: available or not, version, why not</source>
        <translation>Jeder Runner und jedes Profil: verfügbar oder nicht, Version, sonst warum nicht</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="43"/>
        <source>Design</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="43"/>
        <source>Design an experiment: runtimes, workloads, scenarios, repetitions, factors</source>
        <translation>Ein Experiment entwerfen: Laufzeitumgebungen, Workloads, Szenarien, Wiederholungen, Faktoren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="44"/>
        <source>Run</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="44"/>
        <source>The running experiment: progress, live plots, log</source>
        <translation>Das laufende Experiment: Fortschritt, Live-Diagramme, Protokoll</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="45"/>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="45"/>
        <source>The open result sets: experiments, runtimes, scenarios and every run</source>
        <translation>Die geöffneten Ergebnissets: Experimente, Laufzeitumgebungen, Szenarien und jeder Lauf</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="48"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="48"/>
        <source>The open results side by side: a metric against a baseline, tests, plots</source>
        <translation>Die geöffneten Ergebnisse nebeneinander: eine Metrik gegen eine Referenz, Tests, Diagramme</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="49"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="50"/>
        <source>Tables (LaTeX, Markdown, CSV, JSON) and figures (PDF, SVG, PNG) of the open results, for a paper</source>
        <translation>Tabellen (LaTeX, Markdown, CSV, JSON) und Abbildungen (PDF, SVG, PNG) der geöffneten Ergebnisse, für eine Veröffentlichung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="56"/>
        <source>Scale out</source>
        <translation>Skalieren</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="56"/>
        <source>One experiment on many hosts: plan, run with Ansible, merged results</source>
        <translation>Ein Experiment auf vielen Hosts: Plan, Ausführung mit Ansible, zusammengeführte Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="71"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="19"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="23"/>
        <source>&amp;Experiment</source>
        <translation>&amp;Experiment</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="37"/>
        <source>Run &amp;demo</source>
        <translation>&amp;Demo starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>Cold start of hello and cpu-hash on native and Node&apos;s WASI (resources/experiments/demo.json)</source>
        <translation>Kaltstart von hello und cpu-hash nativ und unter Nodes WASI (resources/experiments/demo.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="41"/>
        <source>&amp;Run experiment…</source>
        <translation>Experiment &amp;starten…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="42"/>
        <source>Run experiment</source>
        <translation>Experiment starten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="43"/>
        <source>Experiment specs (*.json)</source>
        <translation>Experiment-Spezifikationen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="49"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="51"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation>Laufenden Prozessbaum beenden und stoppen; abgeschlossene Läufe bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="52"/>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pausieren oder fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="57"/>
        <source>&amp;Open results…</source>
        <translation>Ergebnisse ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="58"/>
        <source>Open results folder</source>
        <translation>Ergebnisordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="64"/>
        <source>&amp;Add results folder…</source>
        <translation>Ergebnisordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="65"/>
        <source>Add a results folder beside the open ones</source>
        <translation>Ergebnisordner zu den geöffneten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="70"/>
        <source>&amp;Import other tool&apos;s results…</source>
        <translation>Ergebnisse anderer Werkzeuge &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="71"/>
        <source>Import a file another tool wrote (docs/import.md)</source>
        <translation>Von einem anderen Werkzeug geschriebene Datei importieren (docs/import.md)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="76"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="86"/>
        <source>&amp;Export figures…</source>
        <translation>Abbildungen e&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="87"/>
        <source>Export figures to</source>
        <translation>Abbildungen exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="94"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="103"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="104"/>
        <source>&amp;About Runbench</source>
        <translation>&amp;Über Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>About Runbench</source>
        <translation>Über Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="106"/>
        <source>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Compare how software runs on WebAssembly runtimes, containers and native processes: design an experiment, watch it live, compare with sound statistics, export tables and figures for a paper.&lt;/p&gt;&lt;p&gt;The same experiments run headless with &lt;tt&gt;runbench-cli&lt;/tt&gt;. The user guide is docs/user-guide.md; data, workloads and experiments are in %2.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Built with Qt %3 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Vergleichen Sie, wie Software auf WebAssembly-Laufzeitumgebungen, in Containern und als native Prozesse läuft: Experiment entwerfen, live verfolgen, mit fundierter Statistik vergleichen, Tabellen und Abbildungen für eine Veröffentlichung exportieren.&lt;/p&gt;&lt;p&gt;Dieselben Experimente laufen ohne Oberfläche mit &lt;tt&gt;runbench-cli&lt;/tt&gt;. Das Benutzerhandbuch ist docs/user-guide.md; Daten, Workloads und Experimente liegen in %2.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Erstellt mit Qt %3 und QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="114"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="42"/>
        <source>Runtimes</source>
        <translation>Laufzeitumgebungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="131"/>
        <source>%1 of %2 runtimes available</source>
        <translation>%1 von %2 Laufzeitumgebungen verfügbar</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="162"/>
        <source>The new runtime folders are used once this experiment ends and Runbench starts again.</source>
        <translation>Die neuen Laufzeit-Ordner werden verwendet, sobald dieses Experiment beendet ist und Runbench neu startet.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>An experiment is already running.</source>
        <translation>Es läuft bereits ein Experiment.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>The experiment was not started: see the log.</source>
        <translation>Das Experiment wurde nicht gestartet: siehe Protokoll.</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation type="vanished">Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3 (about %4:%5 left)</source>
        <translation type="vanished">Lauf %1 von %2: %3 (noch etwa %4:%5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="227"/>
        <source>%n live point(s) dropped</source>
        <translation>
            <numerusform>%n Live-Punkt verworfen</numerusform>
            <numerusform>%n Live-Punkte verworfen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>The experiment could not run: %1</source>
        <translation>Das Experiment konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1: %2 Läufe aufgezeichnet, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>Results in %1</source>
        <translation>Ergebnisse in %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="268"/>
        <source>Runbench — %1</source>
        <translation>Runbench — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="275"/>
        <source>Cancelling…</source>
        <translation>Breche ab…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="304"/>
        <source>Figures written: %1</source>
        <translation>Abbildungen geschrieben: %1</translation>
    </message>
</context>
<context>
    <name>rb::ui::ProfileEditor</name>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="23"/>
        <source>Save and re-probe</source>
        <translation>Speichern und neu prüfen</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="28"/>
        <source>A runtime profile (docs/runtimes.md): pick a shipped one above to start from</source>
        <translation>Ein Laufzeitprofil (docs/runtimes.md): wählen Sie oben ein mitgeliefertes als Ausgangspunkt</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="32"/>
        <source>Pick a shipped profile to start from and change its id and binary: the text is checked as you type, with the rules that load profiles.</source>
        <translation>Wählen Sie ein mitgeliefertes Profil als Ausgangspunkt und ändern Sie seine ID und sein Programm: Der Text wird beim Tippen mit den Regeln geprüft, nach denen Profile geladen werden.</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="36"/>
        <source>Write the profile to %1 and look for runtimes again</source>
        <translation>Profil nach %1 schreiben und erneut nach Laufzeitumgebungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="37"/>
        <source>Copy a shipped profile into the editor; change its id and binary</source>
        <translation>Ein mitgeliefertes Profil in den Editor kopieren; ID und Programm ändern</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="39"/>
        <source>Add a runtime — start from:</source>
        <translation>Laufzeitumgebung hinzufügen — ausgehend von:</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="49"/>
        <source>(choose a profile)</source>
        <translation>(Profil wählen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="69"/>
        <source>Saved to %1; looking for runtimes again…</source>
        <translation>Gespeichert unter %1; suche erneut nach Laufzeitumgebungen…</translation>
    </message>
</context>
<context>
    <name>rb::ui::ResultsPage</name>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="58"/>
        <source>&amp;Close set</source>
        <translation>Set &amp;schließen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="59"/>
        <source>Close the result set chosen in the tree (its files stay as they are)</source>
        <translation>Das im Baum gewählte Ergebnisset schließen (seine Dateien bleiben unverändert)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="88"/>
        <source>No results open</source>
        <translation>Keine Ergebnisse geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="93"/>
        <source>Open a Runbench results folder (what a run or &lt;tt&gt;runbench-cli run&lt;/tt&gt; wrote), or import what another benchmark tool wrote: hyperfine, wrk, wrk2, hey, oha, k6, Google Benchmark, Criterion, perf stat, /usr/bin/time and more. You can also drop folders and files on this page.</source>
        <translation>Öffnen Sie einen Runbench-Ergebnisordner (was ein Lauf oder &lt;tt&gt;runbench-cli run&lt;/tt&gt; geschrieben hat), oder importieren Sie, was ein anderes Benchmark-Werkzeug geschrieben hat: hyperfine, wrk, wrk2, hey, oha, k6, Google Benchmark, Criterion, perf stat, /usr/bin/time und mehr. Sie können auch Ordner und Dateien auf diese Seite ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="99"/>
        <location filename="../ui/pages/resultspage.cpp" line="149"/>
        <source>Open results folder…</source>
        <translation>Ergebnisordner öffnen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="102"/>
        <location filename="../ui/pages/resultspage.cpp" line="151"/>
        <source>Import other tool&apos;s file…</source>
        <translation>Datei eines anderen Werkzeugs importieren…</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="109"/>
        <source>Recently opened (click to open):</source>
        <translation>Zuletzt geöffnet (zum Öffnen klicken):</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="149"/>
        <source>Open a results folder beside the sets already open</source>
        <translation>Einen Ergebnisordner neben den bereits geöffneten Sets öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="151"/>
        <source>Import another tool&apos;s output (docs/import.md) beside the others</source>
        <translation>Ausgabe eines anderen Werkzeugs (docs/import.md) neben den anderen importieren</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="180"/>
        <source>Filter runs: words that must all appear in a row (e.g. &quot;wasmtime failed&quot;)</source>
        <translation>Läufe filtern: Wörter, die alle in einer Zeile vorkommen müssen (z. B. „wasmtime failed“)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/resultspage.cpp" line="252"/>
        <source>%1 of %n run(s)</source>
        <extracomment>how many runs the filters leave in the table; %1 shown, %n all</extracomment>
        <translation>
            <numerusform>%1 von %n Lauf</numerusform>
            <numerusform>%1 von %n Läufen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="259"/>
        <source>Could not open: %1</source>
        <extracomment>%1 why a folder or file could not be read (&quot;file:line: field: message&quot;)</extracomment>
        <translation>Konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="266"/>
        <source>Open a results folder</source>
        <translation>Einen Ergebnisordner öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="274"/>
        <source>Import another tool&apos;s results (docs/import.md)</source>
        <translation>Ergebnisse eines anderen Werkzeugs importieren (docs/import.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="275"/>
        <source>Benchmark results (*.json *.csv *.txt *.log *.md *.out);;All files (*)</source>
        <translation>Benchmark-Ergebnisse (*.json *.csv *.txt *.log *.md *.out);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>rb::ui::RunPage</name>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="32"/>
        <location filename="../ui/pages/runpage.cpp" line="111"/>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="33"/>
        <source>Ca&amp;ncel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="38"/>
        <source>No experiment running. Start one from the Design page or Experiment → Run demo.</source>
        <translation>Kein Experiment läuft. Starten Sie eines auf der Seite Entwurf oder über Experiment → Demo starten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="171"/>
        <source>%v / %m runs</source>
        <translation>%v / %m Läufe</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="45"/>
        <source>Messages of the run: starts, failures with their reason, where results go.</source>
        <translation>Meldungen des Laufs: Starts, Fehlschläge mit Grund, Ablageort der Ergebnisse.</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="40"/>
        <source>No experiment running</source>
        <translation>Kein Experiment läuft</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="47"/>
        <source>Stop before the next run; a run in progress (a whole load level) finishes first</source>
        <translation>Vor dem nächsten Lauf anhalten; ein laufender Lauf (eine ganze Laststufe) wird zuerst beendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="48"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation>Laufenden Prozessbaum beenden und stoppen; abgeschlossene Läufe bleiben erhalten</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="111"/>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="113"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="117"/>
        <source>Pausing…</source>
        <translation>Pausiere…</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="118"/>
        <source>Pausing: the run in progress finishes first</source>
        <translation>Pausiere: der laufende Lauf wird zuerst beendet</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="121"/>
        <source>Paused after run %1 of %2 (recorded). Resume starts the next one.</source>
        <translation>Pausiert nach Lauf %1 von %2 (aufgezeichnet). Fortsetzen startet den nächsten.</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="124"/>
        <source>Paused before the next run</source>
        <translation>Pausiert vor dem nächsten Lauf</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/runpage.cpp" line="174"/>
        <source>Starting %n run(s), writing %1</source>
        <translation>
            <numerusform>Starte %n Lauf, schreibe nach %1</numerusform>
            <numerusform>Starte %n Läufe, schreibe nach %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="176"/>
        <source>Started: %1 runs, writing %2</source>
        <translation>Gestartet: %1 Läufe, schreibe nach %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="182"/>
        <source>Run %1 of %2: %3</source>
        <translation>Lauf %1 von %2: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="183"/>
        <source>Run %1 of %2: %3 (about %4:%5 left)</source>
        <translation>Lauf %1 von %2: %3 (noch etwa %4:%5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="200"/>
        <source>%1: failed: %2</source>
        <translation>%1: fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="202"/>
        <source>%1: ok</source>
        <translation>%1: ok</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="204"/>
        <source>%1: ok, %2 = %3</source>
        <translation>%1: ok, %2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="213"/>
        <source>The experiment could not run: %1</source>
        <translation>Das Experiment konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="217"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1: %2 Läufe aufgezeichnet, %3 fehlgeschlagen, %4 übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="223"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
</context>
<context>
    <name>rb::ui::ScaleOutPage</name>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="132"/>
        <source>%v / %m tasks</source>
        <extracomment>Progress of ansible-playbook: tasks reached of the playbook&apos;s tasks</extracomment>
        <translation>%v / %m Tasks</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/scaleoutpage.cpp" line="133"/>
        <source>%n task(s) in the playbook.</source>
        <translation>
            <numerusform>%n Task im Playbook.</numerusform>
            <numerusform>%n Tasks im Playbook.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="150"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="184"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="186"/>
        <source>An experiment spec with a &quot;hosts&quot; list (docs/scale-out.md)</source>
        <translation>Eine Experiment-Spezifikation mit einer „hosts“-Liste (docs/scale-out.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="188"/>
        <source>The Ansible inventory that names those hosts (YAML or INI)</source>
        <translation>Das Ansible-Inventar, das diese Hosts benennt (YAML oder INI)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="190"/>
        <source>Where the playbook is written; its results come back under results/</source>
        <translation>Wohin das Playbook geschrieben wird; seine Ergebnisse kommen unter results/ zurück</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="198"/>
        <source>Spec:</source>
        <translation>Spezifikation:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="199"/>
        <source>Experiment spec with hosts</source>
        <translation>Experiment-Spezifikation mit Hosts</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="199"/>
        <source>Experiment specs (*.json)</source>
        <translation>Experiment-Spezifikationen (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="200"/>
        <source>Inventory:</source>
        <translation>Inventar:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="202"/>
        <source>Ansible inventory</source>
        <translation>Ansible-Inventar</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="202"/>
        <source>Inventories (*.yml *.yaml *.ini hosts);;All files (*)</source>
        <translation>Inventare (*.yml *.yaml *.ini hosts);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="203"/>
        <source>Plan folder:</source>
        <translation>Plan-Ordner:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="203"/>
        <source>Plan folder</source>
        <translation>Plan-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="208"/>
        <source>&amp;Generate plan</source>
        <translation>Plan &amp;erzeugen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="209"/>
        <source>Write playbook.yml, inventory, spec.json and README.md into the plan folder, as runbench-cli plan ansible does</source>
        <translation>playbook.yml, inventory, spec.json und README.md in den Plan-Ordner schreiben, wie runbench-cli plan ansible</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="211"/>
        <source>&amp;Kubernetes manifests</source>
        <translation>&amp;Kubernetes-Manifeste</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="212"/>
        <source>Write configmap.yaml, job.yaml and README.md into &lt;plan folder&gt;/k8s, as runbench-cli plan k8s does (image runbench-cli:latest: edit job.yaml for yours)</source>
        <translation>configmap.yaml, job.yaml und README.md nach &lt;Plan-Ordner&gt;/k8s schreiben, wie runbench-cli plan k8s (Image runbench-cli:latest: für Ihr eigenes job.yaml anpassen)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="242"/>
        <source>Run with Ansible</source>
        <extracomment>The group that runs the plan&apos;s playbook</extracomment>
        <translation>Mit Ansible ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="243"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="244"/>
        <source>ansible-playbook -i inventory playbook.yml in the plan folder</source>
        <translation>ansible-playbook -i inventory playbook.yml im Plan-Ordner</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="245"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="246"/>
        <source>Stop ansible-playbook (terminated, killed 5 s later if it is still there)</source>
        <translation>ansible-playbook beenden (terminiert, 5 s später getötet, falls noch da)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="247"/>
        <source>&amp;Open merged results</source>
        <translation>Zusammengeführte Ergebnisse ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="248"/>
        <source>Open &lt;plan folder&gt;/results/merged on the Results page</source>
        <translation>&lt;Plan-Ordner&gt;/results/merged auf der Seite Ergebnisse öffnen</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="262"/>
        <source>No playbook running</source>
        <translation>Kein Playbook läuft</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="277"/>
        <source>ansible-playbook&apos;s output appears here.</source>
        <translation>Die Ausgabe von ansible-playbook erscheint hier.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="327"/>
        <source>Not in the inventory: %1. Ansible reaches hosts by their inventory names: add them to %2 (with ansible_host=&lt;address&gt;) or correct their ids in the spec.</source>
        <translation>Nicht im Inventar: %1. Ansible erreicht Hosts über ihre Namen im Inventar: fügen Sie sie %2 hinzu (mit ansible_host=&lt;Adresse&gt;) oder korrigieren Sie ihre IDs in der Spezifikation.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="333"/>
        <source>Choose an experiment spec with a &quot;hosts&quot; list and the Ansible inventory that names those hosts; docs/scale-out.md shows both.</source>
        <translation>Wählen Sie eine Experiment-Spezifikation mit einer „hosts“-Liste und das Ansible-Inventar, das diese Hosts benennt; docs/scale-out.md zeigt beides.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="362"/>
        <source>Writing…</source>
        <translation>Schreiben…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="386"/>
        <source>Written to %1: %2</source>
        <translation>Geschrieben nach %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="399"/>
        <source>Listing the playbook&apos;s tasks…</source>
        <translation>Tasks des Playbooks werden aufgelistet…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="401"/>
        <source>ansible-playbook -i inventory playbook.yml in %1</source>
        <translation>ansible-playbook -i inventory playbook.yml in %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="408"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="417"/>
        <source>Play: %1 — task: %2</source>
        <extracomment>Where ansible-playbook is: %1 the play&apos;s name, %2 the task&apos;s name</extracomment>
        <translation>Play: %1 — Task: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/scaleoutpage.cpp" line="422"/>
        <source>… and %n more host(s): see the log</source>
        <translation>
            <numerusform>… und %n weiterer Host: siehe Protokoll</numerusform>
            <numerusform>… und %n weitere Hosts: siehe Protokoll</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="465"/>
        <source>Merged results: %1</source>
        <translation>Zusammengeführte Ergebnisse: %1</translation>
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
        <location filename="../ui/plot/ecdffigure.cpp" line="29"/>
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
        <location filename="../ui/plot/spectrumfigure.cpp" line="39"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/spectrumfigure.cpp" line="38"/>
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
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="23"/>
        <source>%1 has %2</source>
        <extracomment>%1: a results folder; %2: what it lacks (&quot;no values of metric …&quot;); French/German may write &quot;%1 : %2&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="34"/>
        <source>no values of metric &quot;%1&quot;</source>
        <translation>keine Werte der Metrik „%1“</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="38"/>
        <source>--baseline &quot;%1&quot; is not a runtime of this folder (runtimes: %2)</source>
        <translation>--baseline „%1“ ist keine Laufzeitumgebung dieses Ordners (Laufzeitumgebungen: %2)</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="52"/>
        <source>no series &quot;%1&quot; in timeseries.csv (series there: %2)</source>
        <translation>keine Reihe „%1“ in timeseries.csv (vorhandene Reihen: %2)</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="54"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="93"/>
        <source>no values of %1 were read</source>
        <translation>es wurden keine Werte von %1 gelesen</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="127"/>
        <source>no latency histograms (latency.csv): a spectrum needs warm-latency or throughput-sweep runs</source>
        <translation>keine Latenzhistogramme (latency.csv): ein Spektrum braucht warm-latency- oder throughput-sweep-Läufe</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="137"/>
        <source>no throughput-sweep concurrency levels with requests_per_s</source>
        <translation>keine Nebenläufigkeitsstufen von throughput-sweep mit requests_per_s</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="146"/>
        <source>no throughput-sweep levels (rate or concurrency) with latency histograms</source>
        <translation>keine throughput-sweep-Stufen (Rate oder Nebenläufigkeit) mit Latenzhistogrammen</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="157"/>
        <source>unknown figure kind &quot;%1&quot;</source>
        <translation>unbekannte Abbildungsart „%1“</translation>
    </message>
</context>
</TS>
