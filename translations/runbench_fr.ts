<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>TrSpecCheck</name>
    <message>
        <source>an integer from %1 to %2</source>
        <translation type="obsolete">un entier de %1 à %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="obsolete">un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>unknown parameter (%1 takes none)</source>
        <translation type="obsolete">paramètre inconnu (%1 n&apos;en prend aucun)</translation>
    </message>
    <message>
        <source>unknown parameter (expected one of: %1)</source>
        <translation type="obsolete">paramètre inconnu (attendu&#xa0;: l&apos;un des paramètres %1)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="obsolete">attendu&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation type="obsolete">attendu&#xa0;: une chaîne</translation>
    </message>
    <message>
        <source>expected one of: %1</source>
        <translation type="obsolete">attendu&#xa0;: l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation type="obsolete">attendu&#xa0;: true ou false</translation>
    </message>
    <message>
        <source>expected %1 or an array of them</source>
        <translation type="obsolete">attendu&#xa0;: %1, ou un tableau de telles valeurs</translation>
    </message>
    <message>
        <source>expected at least one level</source>
        <translation type="obsolete">attendu&#xa0;: au moins un niveau</translation>
    </message>
    <message>
        <source>expected duration_s &gt; 0 or requests &gt; 0</source>
        <translation type="obsolete">attendu&#xa0;: duration_s &gt; 0 ou requests &gt; 0</translation>
    </message>
</context>
<context>
    <name>rb::Comparison</name>
    <message>
        <location filename="../core/io/comparison.cpp" line="26"/>
        <source>CPU model</source>
        <translation>modèle de CPU</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="27"/>
        <source>number of logical CPUs</source>
        <translation>nombre de CPU logiques</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="28"/>
        <source>memory size</source>
        <translation>taille de la mémoire</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="29"/>
        <source>architecture</source>
        <translation>architecture</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="30"/>
        <source>kernel</source>
        <translation>noyau</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="31"/>
        <source>operating system</source>
        <translation>système d&apos;exploitation</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="32"/>
        <source>simultaneous multithreading</source>
        <translation>multithreading simultané (SMT)</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="33"/>
        <source>CPU frequency governor</source>
        <translation>gouverneur de fréquence CPU</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="34"/>
        <source>turbo boost setting</source>
        <translation>réglage du turbo boost</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="35"/>
        <source>cgroup version</source>
        <translation>version des cgroups</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="36"/>
        <source>host name</source>
        <translation>nom d&apos;hôte</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="72"/>
        <source>Different machines: the %1 differs: %2.</source>
        <extracomment>%1: what differs (CPU model, kernel, …); %2: each value with its set, e.g. &quot;6.1 (today) vs 5.10 (old)&quot;</extracomment>
        <translation>Machines différentes&#xa0;: %1 diffère&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="91"/>
        <source>Different cache policies: %1. Warm caches make start-up faster; these runs are not comparable.</source>
        <extracomment>%1: each set&apos;s cache policy, e.g. &quot;cold (today) vs warm (old)&quot;</extracomment>
        <translation>Politiques de cache différentes&#xa0;: %1. Des caches chauds accélèrent le démarrage&#xa0;; ces exécutions ne sont pas comparables.</translation>
    </message>
    <message>
        <location filename="../core/io/comparison.cpp" line="121"/>
        <source>Runtime %1 ran in different versions: %2.</source>
        <extracomment>%1: runtime id; %2: each version with its set</extracomment>
        <translation>L&apos;environnement %1 a tourné dans des versions différentes&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/io/numberfile.cpp" line="197"/>
        <source>%1: no values of metric &quot;%2&quot;; metrics in this folder: %3</source>
        <translation>%1&#xa0;: aucune valeur de la métrique «&#xa0;%2&#xa0;»&#xa0;; métriques de ce dossier&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/numberfile.cpp" line="214"/>
        <source>%1: %n of %2 configurations have no values of metric &quot;%3&quot; (left out)</source>
        <extracomment>%1: the set; %n configurations of %2 (all of the set&apos;s) have no values of the metric %3</extracomment>
        <translation>
            <numerusform>%1&#xa0;: %n configuration sur %2 n&apos;a aucune valeur de la métrique «&#xa0;%3&#xa0;» (écartée)</numerusform>
            <numerusform>%1&#xa0;: %n configurations sur %2 n&apos;ont aucune valeur de la métrique «&#xa0;%3&#xa0;» (écartées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/io/numberfile.cpp" line="223"/>
        <source>%1: %n failed run(s) left out</source>
        <translation>
            <numerusform>%1&#xa0;: %n exécution échouée écartée</numerusform>
            <numerusform>%1&#xa0;: %n exécutions échouées écartées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rb::ComparisonModel</name>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="47"/>
        <source>negligible</source>
        <translation>négligeable</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="50"/>
        <source>small</source>
        <translation>petit</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="52"/>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="52"/>
        <source>large</source>
        <translation>grand</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="146"/>
        <source>baseline</source>
        <extracomment>the baseline&apos;s own cell in the ratio column of the Compare table</extracomment>
        <translation>référence</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="173"/>
        <source>Cliff&apos;s δ = %1 (%2): the chance that a run of this group is slower than a run of the baseline, minus the chance that it is faster. A12 = %3.</source>
        <extracomment>%1: Cliff&apos;s delta; %2: negligible, small, medium or large</extracomment>
        <translation>δ de Cliff = %1 (%2)&#xa0;: la probabilité qu&apos;une exécution de ce groupe soit plus lente qu&apos;une exécution de la référence, moins la probabilité qu&apos;elle soit plus rapide. A12 = %3.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/models/comparisonmodel.cpp" line="178"/>
        <source>Mann–Whitney U p = %1 (raw), %2 after Holm&apos;s correction over the %n comparison(s) with the baseline. *** p &lt; 0.001, ** p &lt; 0.01, * p &lt; 0.05; no mark: no significant difference.</source>
        <translation>
            <numerusform>U de Mann–Whitney&#xa0;: p = %1 (brute), %2 après correction de Holm sur la %n comparaison avec la référence. *** p &lt; 0,001, ** p &lt; 0,01, * p &lt; 0,05&#xa0;; sans marque&#xa0;: pas de différence significative.</numerusform>
            <numerusform>U de Mann–Whitney&#xa0;: p = %1 (brute), %2 après correction de Holm sur les %n comparaisons avec la référence. *** p &lt; 0,001, ** p &lt; 0,01, * p &lt; 0,05&#xa0;; sans marque&#xa0;: pas de différence significative.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="181"/>
        <source>undefined</source>
        <translation>non défini</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="234"/>
        <source>The %1th percentile (type 7, as numpy&apos;s default): that share of the runs took at most this.</source>
        <translation>Le %1e centile (type 7, comme par défaut dans numpy)&#xa0;: cette part des exécutions a duré au plus cette valeur.</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="236"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="236"/>
        <source>Set (when several are open), runtime, workload and scenario</source>
        <translation>Jeu (si plusieurs sont ouverts), environnement d&apos;exécution, charge de travail et scénario</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="237"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="237"/>
        <source>Number of successful measured runs (warm-ups and failed runs left out)</source>
        <translation>Nombre d&apos;exécutions mesurées réussies (hors préchauffage et échecs)</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="238"/>
        <source>Median</source>
        <translation>Médiane</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="238"/>
        <source>Median of the runs</source>
        <translation>Médiane des exécutions</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="239"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="239"/>
        <source>Arithmetic mean of the runs</source>
        <translation>Moyenne arithmétique des exécutions</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="240"/>
        <source>95 % CI</source>
        <translation>IC 95&#xa0;%</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="240"/>
        <source>Half-width of the 95 % Student t confidence interval of the mean: mean ± this</source>
        <translation>Demi-largeur de l&apos;intervalle de confiance de Student à 95&#xa0;% de la moyenne&#xa0;: moyenne ± cette valeur</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="241"/>
        <source>Ratio</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="241"/>
        <source>Median of this group divided by the baseline&apos;s median: 2.0 = twice the baseline&apos;s value</source>
        <translation>Médiane de ce groupe divisée par la médiane de la référence&#xa0;: 2,0 = deux fois la valeur de la référence</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="242"/>
        <source>Ratio 95 % CI</source>
        <translation>Rapport IC 95&#xa0;%</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="242"/>
        <source>Percentile bootstrap 95 % confidence interval of the ratio of medians</source>
        <translation>Intervalle de confiance bootstrap (percentiles) à 95&#xa0;% du rapport des médianes</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="243"/>
        <source>p (Holm)</source>
        <translation>p (Holm)</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="244"/>
        <source>Two-sided Mann–Whitney U test against the baseline, Holm-adjusted over all comparisons with it</source>
        <translation>Test U de Mann–Whitney bilatéral contre la référence, ajusté par Holm sur toutes les comparaisons avec elle</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="245"/>
        <source>Sig.</source>
        <translation>Sig.</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="246"/>
        <source>Significance of the difference to the baseline (Holm-adjusted p): *** p &lt; 0.001, ** p &lt; 0.01, * p &lt; 0.05; empty: not significant</source>
        <translation>Significativité de l&apos;écart à la référence (p ajusté par Holm)&#xa0;: *** p &lt; 0,001, ** p &lt; 0,01, * p &lt; 0,05&#xa0;; vide&#xa0;: non significatif</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="248"/>
        <source>Cliff&apos;s δ</source>
        <translation>δ de Cliff</translation>
    </message>
    <message>
        <location filename="../core/models/comparisonmodel.cpp" line="249"/>
        <source>Effect size from −1 to 1: P(this &gt; baseline) − P(this &lt; baseline). |δ| &lt; 0.147 negligible, &lt; 0.33 small, &lt; 0.474 medium, else large</source>
        <translation>Taille d&apos;effet de −1 à 1&#xa0;: P(ce groupe &gt; référence) − P(ce groupe &lt; référence). |δ| &lt; 0,147 négligeable, &lt; 0,33 petit, &lt; 0,474 moyen, sinon grand</translation>
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
        <translation>commandes de préparation</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="77"/>
        <source>teardown commands</source>
        <translation>commandes de nettoyage</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="80"/>
        <source>factor %1, level %2, %3: %4</source>
        <translation>facteur %1, niveau %2, %3&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="146"/>
        <source>Factor</source>
        <translation>Facteur</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="148"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="150"/>
        <source>Setup commands</source>
        <translation>Commandes de préparation</translation>
    </message>
    <message>
        <location filename="../core/models/factortablemodel.cpp" line="152"/>
        <source>Teardown commands</source>
        <translation>Commandes de nettoyage</translation>
    </message>
</context>
<context>
    <name>rb::PlanHostModel</name>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="82"/>
        <source>yes, connects to %1</source>
        <extracomment>A spec host that the chosen Ansible inventory has; %1 is the address Ansible connects to</extracomment>
        <translation>oui, connexion à %1</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="84"/>
        <source>missing</source>
        <extracomment>A spec host that the chosen Ansible inventory lacks</extracomment>
        <translation>absent</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="105"/>
        <source>%1 is not a host of the inventory %2: Ansible reaches hosts by their inventory names, so it could not run there. Add it to the inventory (with ansible_host=%3) or correct the id in the spec.</source>
        <translation>%1 n&apos;est pas un hôte de l&apos;inventaire %2&#xa0;: Ansible atteint les hôtes par leur nom dans l&apos;inventaire, l&apos;expérience ne pourrait donc pas s&apos;y exécuter. Ajoutez-le à l&apos;inventaire (avec ansible_host=%3) ou corrigez l&apos;identifiant dans la spécification.</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="123"/>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="125"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="127"/>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <location filename="../core/models/planhostmodel.cpp" line="129"/>
        <source>In the inventory</source>
        <translation>Dans l&apos;inventaire</translation>
    </message>
</context>
<context>
    <name>rb::ProfileChecker</name>
    <message numerus="yes">
        <location filename="../core/runner/profilechecker.cpp" line="60"/>
        <source>Valid: runtime &quot;%1&quot; (%2), %n variant(s); saved as %3</source>
        <translation>
            <numerusform>Valide&#xa0;: environnement «&#xa0;%1&#xa0;» (%2), %n variante&#xa0;; enregistré dans %3</numerusform>
            <numerusform>Valide&#xa0;: environnement «&#xa0;%1&#xa0;» (%2), %n variantes&#xa0;; enregistré dans %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/runner/profilechecker.cpp" line="101"/>
        <source>The profile is not valid yet: nothing was saved.</source>
        <translation>Le profil n&apos;est pas encore valide&#xa0;: rien n&apos;a été enregistré.</translation>
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
%2 exécutions, %3 échouées</translation>
    </message>
    <message>
        <location filename="../core/models/resulttreemodel.cpp" line="154"/>
        <source>Set / runtime / workload · scenario</source>
        <extracomment>tree column: result set, runtime, or workload · scenario</extracomment>
        <translation>Jeu / environnement / charge · scénario</translation>
    </message>
    <message>
        <location filename="../core/models/resulttreemodel.cpp" line="156"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
    </message>
    <message>
        <location filename="../core/models/resulttreemodel.cpp" line="158"/>
        <source>Failed</source>
        <translation>Échouées</translation>
    </message>
</context>
<context>
    <name>rb::RunTableModel</name>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="136"/>
        <source>warm-up %1</source>
        <extracomment>a warm-up run, left out of statistics; %1 is its number</extracomment>
        <translation>préchauffage %1</translation>
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
        <translation>échec&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="224"/>
        <source>Set</source>
        <translation>Jeu</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="226"/>
        <source>Run id</source>
        <translation>Id d&apos;exécution</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="228"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="230"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="232"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="235"/>
        <source>Parameters</source>
        <extracomment>scenario parameters and factor levels of a run, e.g. &quot;concurrency=4&quot;</extracomment>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="237"/>
        <source>Repetition</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location filename="../core/models/runtablemodel.cpp" line="239"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
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
    <name>rb::ScenarioParamModel</name>
    <message>
        <location filename="../core/models/scenarioparammodel.cpp" line="160"/>
        <source>Parameter</source>
        <translation>Paramètre</translation>
    </message>
    <message>
        <location filename="../core/models/scenarioparammodel.cpp" line="162"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/models/scenarioparammodel.cpp" line="164"/>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>rb::Scenarios</name>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="26"/>
        <source>Launch to exit of a workload that exits, output checked: wall, CPU, max RSS, faults.</source>
        <translation>Du lancement à la sortie d&apos;une charge de travail qui se termine, sortie vérifiée&#xa0;: temps écoulé, CPU, RSS max, défauts de page.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="30"/>
        <source>Launch of a server to its first answer, in phases: spawn, listening (TCP accept), first 200; `cold: full` also times the prepare step (image/bundle/AOT) as its own phase.</source>
        <translation>Du lancement d&apos;un serveur à sa première réponse, par phases&#xa0;: création du processus, écoute (accept TCP), premier 200&#xa0;; `cold: full` chronomètre aussi l&apos;étape de préparation (image/bundle/AOT) comme une phase à part.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="36"/>
        <source>path of the first request</source>
        <translation>chemin de la première requête</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="38"/>
        <source>runtime: artefacts prepared once and reused; full: every run prepares again (timed as prepare_ms)</source>
        <translation>runtime&#xa0;: artefacts préparés une fois et réutilisés&#xa0;; full&#xa0;: chaque exécution prépare à nouveau (mesuré dans prepare_ms)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="44"/>
        <source>On one running instance, after warm-up requests, N requests or D seconds at concurrency c: HDR latencies, requests/s, errors.</source>
        <translation>Sur une instance en marche, après des requêtes de préchauffage, N requêtes ou D secondes à la concurrence c&#xa0;: latences HDR, requêtes/s, erreurs.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="50"/>
        <source>connections kept busy (closed loop)</source>
        <translation>connexions maintenues occupées (boucle fermée)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="52"/>
        <source>how long to measure (0: use requests)</source>
        <translation>durée de la mesure (0&#xa0;: utiliser requests)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="54"/>
        <source>how many requests to measure (0: use duration_s)</source>
        <translation>nombre de requêtes mesurées (0&#xa0;: utiliser duration_s)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="56"/>
        <source>requests sent and discarded first</source>
        <translation>requêtes envoyées d&apos;abord, puis écartées</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="58"/>
        <source>requests/s (open loop, corrected latencies); 0: closed loop</source>
        <translation>requêtes/s (boucle ouverte, latences corrigées)&#xa0;; 0&#xa0;: boucle fermée</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="59"/>
        <location filename="../core/model/scenariokinds.cpp" line="78"/>
        <source>load generator threads</source>
        <translation>threads du générateur de charge</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="60"/>
        <location filename="../core/model/scenariokinds.cpp" line="79"/>
        <source>request path</source>
        <translation>chemin des requêtes</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="63"/>
        <source>Each concurrency level (closed loop) and each request rate (open loop) on a fresh instance: requests/s and latency percentiles per level; optional SLO search.</source>
        <translation>Chaque niveau de concurrence (boucle fermée) et chaque débit de requêtes (boucle ouverte) sur une instance neuve&#xa0;: requêtes/s et centiles de latence par niveau&#xa0;; recherche de SLO en option.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="69"/>
        <source>closed-loop levels (connections)</source>
        <translation>niveaux en boucle fermée (connexions)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="71"/>
        <source>open-loop levels (requests/s)</source>
        <translation>niveaux en boucle ouverte (requêtes/s)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="73"/>
        <source>connections of the open-loop levels</source>
        <translation>connexions des niveaux en boucle ouverte</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="75"/>
        <source>measured time per level</source>
        <translation>durée mesurée par niveau</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="77"/>
        <source>load before measuring, discarded</source>
        <translation>charge avant la mesure, écartée</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="81"/>
        <source>&gt; 0: add an SLO-search level finding the highest rate whose p99 stays under this bound</source>
        <translation>&gt; 0&#xa0;: ajoute un niveau de recherche de SLO qui trouve le débit le plus élevé dont le p99 reste sous cette borne</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="84"/>
        <source>upper end of the SLO search (requests/s)</source>
        <translation>borne haute de la recherche de SLO (requêtes/s)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="86"/>
        <source>bisection steps of the SLO search</source>
        <translation>étapes de dichotomie de la recherche de SLO</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="89"/>
        <source>N instances of an exiting workload in total, at most M starting at once (runwasi&apos;s stress test): tasks/s and the cold-start distribution under concurrency.</source>
        <translation>N instances au total d&apos;une charge de travail qui se termine, au plus M démarrant à la fois (le test de stress de runwasi)&#xa0;: tâches/s et distribution des démarrages à froid sous concurrence.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="94"/>
        <source>instances in total</source>
        <translation>instances au total</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="96"/>
        <source>instances starting at once</source>
        <translation>instances démarrant à la fois</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="100"/>
        <source>k instances of a server running at once: RSS/PSS/USS of all their processes (and the daemons&apos; when asked) per instance; instances per GiB.</source>
        <translation>k instances d&apos;un serveur en marche simultanément&#xa0;: RSS/PSS/USS de tous leurs processus (et de ceux des démons si demandé) par instance&#xa0;; instances par Gio.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="106"/>
        <source>instances running at once</source>
        <translation>instances en marche simultanément</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="108"/>
        <source>wait after all are ready before reading memory</source>
        <translation>attente, une fois toutes prêtes, avant de lire la mémoire</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="110"/>
        <source>count the container daemons&apos; processes too (Faasm&apos;s method)</source>
        <translation>compter aussi les processus des démons de conteneurs (méthode de Faasm)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="114"/>
        <source>c parallel copies of a CPU workload: makespan, throughput and parallel efficiency.</source>
        <translation>c copies parallèles d&apos;une charge de travail CPU&#xa0;: durée totale (makespan), débit et efficacité parallèle.</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="119"/>
        <source>copies started at once</source>
        <translation>copies démarrées à la fois</translation>
    </message>
</context>
<context>
    <name>rb::SpecCheck</name>
    <message>
        <location filename="../core/model/argvtext.cpp" line="35"/>
        <source>column %1: the &apos; opened here is never closed</source>
        <translation>colonne %1&#xa0;: le &apos; ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location filename="../core/model/argvtext.cpp" line="52"/>
        <source>column %1: the &quot; opened here is never closed</source>
        <translation>colonne %1&#xa0;: le &quot; ouvert ici n&apos;est jamais fermé</translation>
    </message>
    <message>
        <location filename="../core/model/argvtext.cpp" line="57"/>
        <source>column %1: a \ at the end escapes nothing</source>
        <translation>colonne %1&#xa0;: un \ à la fin n&apos;échappe rien</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="96"/>
        <source>line %1, column %2</source>
        <translation>ligne %1, colonne %2</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="108"/>
        <source>%1: field &quot;%2&quot;: %3</source>
        <extracomment>%1: the file (or &quot;the design&quot;); %2: the field, e.g. scenarios[0].concurrency; %3: what was expected</extracomment>
        <translation>%1&#xa0;: champ «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="121"/>
        <source>expected an integer from %1 to %2</source>
        <translation>attendu&#xa0;: un entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="134"/>
        <source>expected a number from %1 to %2</source>
        <translation>attendu&#xa0;: un nombre de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="144"/>
        <source>expected a non-empty array of strings</source>
        <translation>attendu&#xa0;: un tableau non vide de chaînes</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="149"/>
        <location filename="../core/model/experimentspec.cpp" line="427"/>
        <source>expected a non-empty string</source>
        <translation>attendu&#xa0;: une chaîne non vide</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="153"/>
        <source>duplicate &quot;%1&quot;</source>
        <translation>«&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="165"/>
        <source>expected a workload name</source>
        <translation>attendu&#xa0;: un nom de charge de travail</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="173"/>
        <source>expected a string or an object {&quot;name&quot;: …, &quot;args&quot;: […]}</source>
        <translation>attendu&#xa0;: une chaîne ou un objet {&quot;name&quot;: …, &quot;args&quot;: […]}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="179"/>
        <source>expected a string or number</source>
        <translation>attendu&#xa0;: une chaîne ou un nombre</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="191"/>
        <location filename="../core/model/experimentspec.cpp" line="291"/>
        <source>expected a non-empty array</source>
        <translation>attendu&#xa0;: un tableau non vide</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="203"/>
        <source>expected a kind name or an object {&quot;kind&quot;: …, parameters…}</source>
        <translation>attendu&#xa0;: un nom de type ou un objet {&quot;kind&quot;: …, paramètres…}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="208"/>
        <source>unknown scenario kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>type de scénario «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: l&apos;un des types %2)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="215"/>
        <source>expected a letter, then letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>attendu&#xa0;: une lettre, puis des lettres, des chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="225"/>
        <source>two scenarios are called &quot;%1&quot;: give one a &quot;name&quot;</source>
        <translation>deux scénarios s&apos;appellent «&#xa0;%1&#xa0;»&#xa0;: donnez un «&#xa0;name&#xa0;» à l&apos;un d&apos;eux</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="240"/>
        <source>expected an array of commands, each an array of strings (argv)</source>
        <translation>attendu&#xa0;: un tableau de commandes, chacune un tableau de chaînes (argv)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="250"/>
        <source>expected a non-empty array of non-empty strings (argv, no shell)</source>
        <translation>attendu&#xa0;: un tableau non vide de chaînes non vides (argv, pas de shell)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="264"/>
        <source>expected an array of {&quot;name&quot;, &quot;levels&quot;}</source>
        <translation>attendu&#xa0;: un tableau de {&quot;name&quot;, &quot;levels&quot;}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="280"/>
        <source>expected an identifier that is not a scenario level (%1)</source>
        <translation>attendu&#xa0;: un identifiant qui n&apos;est pas un niveau de scénario (%1)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="286"/>
        <source>duplicate factor &quot;%1&quot;</source>
        <translation>facteur «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="299"/>
        <source>expected a level name or {&quot;name&quot;, &quot;setup&quot;, &quot;teardown&quot;}</source>
        <translation>attendu&#xa0;: un nom de niveau ou {&quot;name&quot;, &quot;setup&quot;, &quot;teardown&quot;}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="307"/>
        <source>duplicate level &quot;%1&quot;</source>
        <translation>niveau «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="320"/>
        <source>expected a non-empty array of &quot;sut&quot;, &quot;loadgen&quot; or &quot;both&quot;</source>
        <translation>attendu&#xa0;: un tableau non vide de «&#xa0;sut&#xa0;», «&#xa0;loadgen&#xa0;» ou «&#xa0;both&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="337"/>
        <source>unknown role &quot;%1&quot; (expected &quot;sut&quot;, &quot;loadgen&quot; or &quot;both&quot;)</source>
        <translation>rôle «&#xa0;%1&#xa0;» inconnu (attendu&#xa0;: «&#xa0;sut&#xa0;», «&#xa0;loadgen&#xa0;» ou «&#xa0;both&#xa0;»)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="338"/>
        <source>(not a string)</source>
        <translation>(pas une chaîne)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="358"/>
        <source>expected a non-empty array of {&quot;id&quot;, &quot;address&quot;, &quot;roles&quot;}</source>
        <translation>attendu&#xa0;: un tableau non vide de {&quot;id&quot;, &quot;address&quot;, &quot;roles&quot;}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="365"/>
        <source>expected an object {&quot;id&quot;, &quot;address&quot;, &quot;roles&quot;}</source>
        <translation>attendu&#xa0;: un objet {&quot;id&quot;, &quot;address&quot;, &quot;roles&quot;}</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="372"/>
        <source>unknown field (expected one of: id, address, roles)</source>
        <translation>champ inconnu (attendu&#xa0;: id, address ou roles)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="379"/>
        <source>expected a non-empty string of letters, digits, &apos;_&apos;, &apos;.&apos; or &apos;-&apos;</source>
        <translation>attendu&#xa0;: une chaîne non vide de lettres, de chiffres, &apos;_&apos;, &apos;.&apos; ou &apos;-&apos;</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="383"/>
        <source>duplicate host &quot;%1&quot;</source>
        <translation>hôte «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="388"/>
        <source>expected an IP address or DNS name</source>
        <translation>attendu&#xa0;: une adresse IP ou un nom DNS</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="409"/>
        <source>%1: not valid JSON at %2: %3</source>
        <extracomment>%1: the file; %2: &quot;line 3, column 7&quot;; %3: what Qt&apos;s JSON parser says</extracomment>
        <translation>%1&#xa0;: JSON invalide à la %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="413"/>
        <source>%1: expected a JSON object at the top level</source>
        <translation>%1&#xa0;: un objet JSON était attendu au niveau supérieur</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="421"/>
        <source>unknown field (expected one of: %1)</source>
        <translation>champ inconnu (attendu&#xa0;: l&apos;un des champs %1)</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="432"/>
        <source>expected a non-empty array of workloads</source>
        <translation>attendu&#xa0;: un tableau non vide de charges de travail</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="439"/>
        <source>duplicate workload &quot;%1&quot;</source>
        <translation>charge de travail «&#xa0;%1&#xa0;» en double</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="454"/>
        <source>expected a non-negative integer</source>
        <translation>attendu&#xa0;: un entier positif ou nul</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="467"/>
        <source>expected &quot;sequential&quot;, &quot;interleaved&quot; or &quot;random&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;sequential&#xa0;», «&#xa0;interleaved&#xa0;» ou «&#xa0;random&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="477"/>
        <source>expected &quot;cold&quot; or &quot;warm&quot;</source>
        <translation>attendu&#xa0;: «&#xa0;cold&#xa0;» ou «&#xa0;warm&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/model/experimentspec.cpp" line="482"/>
        <location filename="../core/model/scenariokinds.cpp" line="211"/>
        <source>expected true or false</source>
        <translation>attendu&#xa0;: true ou false</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="136"/>
        <source>an integer from %1 to %2</source>
        <translation>un entier de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="136"/>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="181"/>
        <source>unknown parameter (%1 takes none)</source>
        <translation>paramètre inconnu (%1 n&apos;en prend aucun)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="182"/>
        <source>unknown parameter (expected one of: %1)</source>
        <translation>paramètre inconnu (attendu&#xa0;: l&apos;un des paramètres %1)</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="197"/>
        <source>expected %1</source>
        <translation>attendu&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="204"/>
        <source>expected a string</source>
        <translation>attendu&#xa0;: une chaîne</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="205"/>
        <source>expected one of: %1</source>
        <translation>attendu&#xa0;: l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="221"/>
        <source>expected %1 or an array of them</source>
        <translation>attendu&#xa0;: %1, ou un tableau de telles valeurs</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="241"/>
        <source>expected at least one level</source>
        <translation>attendu&#xa0;: au moins un niveau</translation>
    </message>
    <message>
        <location filename="../core/model/scenariokinds.cpp" line="247"/>
        <source>expected duration_s &gt; 0 or requests &gt; 0</source>
        <translation>attendu&#xa0;: duration_s &gt; 0 ou requests &gt; 0</translation>
    </message>
    <message>
        <location filename="../core/model/workload.cpp" line="127"/>
        <source>no arguments</source>
        <translation>aucun argument</translation>
    </message>
    <message>
        <location filename="../core/model/workload.cpp" line="128"/>
        <source>workload &quot;%1&quot; takes %2 argument(s) (%3), got %4</source>
        <translation>la charge de travail «&#xa0;%1&#xa0;» prend %2 argument(s) (%3), reçu&#xa0;: %4</translation>
    </message>
    <message>
        <location filename="../core/model/workload.cpp" line="138"/>
        <source>workload &quot;%1&quot;: argument N must be a non-negative integer, got &quot;%2&quot;</source>
        <translation>charge de travail «&#xa0;%1&#xa0;»&#xa0;: l&apos;argument N doit être un entier positif ou nul, reçu «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/model/workload.cpp" line="146"/>
        <source>workload &quot;%1&quot;: argument %2 must be an integer from %3 to %4, got &quot;%5&quot;</source>
        <translation>charge de travail «&#xa0;%1&#xa0;»&#xa0;: l&apos;argument %2 doit être un entier de %3 à %4, reçu «&#xa0;%5&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="129"/>
        <source>%1: field &quot;runtimes[%2]&quot;: unknown runtime &quot;%3&quot; (known here: %4)</source>
        <translation>%1&#xa0;: champ «&#xa0;runtimes[%2]&#xa0;»&#xa0;: environnement «&#xa0;%3&#xa0;» inconnu (connus ici&#xa0;: %4)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="133"/>
        <source>none; no runner plugin was found</source>
        <translation>aucun&#xa0;; aucun plugin d&apos;exécution n&apos;a été trouvé</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="141"/>
        <source>%1: field &quot;workloads[%2]&quot;: unknown workload &quot;%3&quot; (known: %4)</source>
        <translation>%1&#xa0;: champ «&#xa0;workloads[%2]&#xa0;»&#xa0;: charge de travail «&#xa0;%3&#xa0;» inconnue (connues&#xa0;: %4)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="156"/>
        <source>%1: field &quot;workloads[%2]&quot;: no runtime of the spec runs &quot;%3&quot; (%4)</source>
        <translation>%1&#xa0;: champ «&#xa0;workloads[%2]&#xa0;»&#xa0;: aucun environnement de la spécification n&apos;exécute «&#xa0;%3&#xa0;» (%4)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="170"/>
        <source>%1: field &quot;workloads[%2]&quot;: &quot;%3&quot; %4, and no scenario of the spec takes such a workload (these do: %5)</source>
        <translation>%1&#xa0;: champ «&#xa0;workloads[%2]&#xa0;»&#xa0;: «&#xa0;%3&#xa0;» %4, et aucun scénario de la spécification n&apos;accepte une telle charge de travail (ceux-ci le font&#xa0;: %5)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="175"/>
        <source>is a server (it never exits)</source>
        <translation>est un serveur (il ne se termine jamais)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="176"/>
        <source>exits when done (it is not a server)</source>
        <translation>se termine une fois fini (ce n&apos;est pas un serveur)</translation>
    </message>
    <message>
        <location filename="../core/runner/installation.cpp" line="181"/>
        <source>%1: field &quot;workloads[%2]&quot;: %3</source>
        <translation>%1&#xa0;: champ «&#xa0;workloads[%2]&#xa0;»&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>rb::SpecDraft</name>
    <message>
        <location filename="../core/models/specdraft.cpp" line="38"/>
        <source>not known here</source>
        <translation>inconnu ici</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="64"/>
        <source>server</source>
        <translation>serveur</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="64"/>
        <source>exits when done</source>
        <translation>se termine une fois fini</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="72"/>
        <source>not in the catalogue</source>
        <translation>absent du catalogue</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="116"/>
        <source>Runtime</source>
        <translation>Environnement</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="116"/>
        <source>Version / why not</source>
        <translation>Version / pourquoi pas</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="117"/>
        <source>Workload</source>
        <translation>Charge de travail</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="117"/>
        <source>Arguments</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="118"/>
        <source>Scenario</source>
        <translation>Scénario</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="118"/>
        <source>What it measures</source>
        <translation>Ce qu&apos;il mesure</translation>
    </message>
    <message>
        <location filename="../core/models/specdraft.cpp" line="177"/>
        <source>the design</source>
        <translation>la conception</translation>
    </message>
</context>
<context>
    <name>rb::TableExport</name>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="54"/>
        <source>no usable values were read</source>
        <translation>aucune valeur utilisable n&apos;a été lue</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="62"/>
        <source>--baseline &quot;%1&quot; is not a group</source>
        <translation>--baseline «&#xa0;%1&#xa0;» n&apos;est pas un groupe</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="66"/>
        <source>--table pairwise needs at least two groups, found one</source>
        <translation>--table pairwise nécessite au moins deux groupes, un seul trouvé</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="82"/>
        <source>--table matrix reads exactly one results folder (or one file or folder to import)</source>
        <translation>--table matrix lit exactement un dossier de résultats (ou un fichier ou dossier à importer)</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="104"/>
        <source>%1 has no values of metric &quot;%2&quot;; metrics in this folder: %3</source>
        <translation>%1 n&apos;a aucune valeur de la métrique «&#xa0;%2&#xa0;»&#xa0;; métriques de ce dossier&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/io/exporters/tableexport.cpp" line="109"/>
        <source>--baseline &quot;%1&quot; is not a runtime of this folder (runtimes: %2)</source>
        <translation>--baseline «&#xa0;%1&#xa0;» n&apos;est pas un environnement de ce dossier (environnements&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>rb::plan::PlaybookRun</name>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="49"/>
        <source>A playbook is already running.</source>
        <translation>Un playbook est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="60"/>
        <source>ansible-playbook is not installed. Install Ansible on this machine (the controller) with &quot;sudo apt install ansible&quot; (Debian, Ubuntu) or &quot;pipx install ansible&quot;, then run again.</source>
        <translation>ansible-playbook n&apos;est pas installé. Installez Ansible sur cette machine (le contrôleur) avec «&#xa0;sudo apt install ansible&#xa0;» (Debian, Ubuntu) ou «&#xa0;pipx install ansible&#xa0;», puis relancez.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="88"/>
        <source>ansible-playbook could not be started: %1</source>
        <translation>ansible-playbook n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="134"/>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="138"/>
        <source>ansible-playbook crashed.</source>
        <translation>ansible-playbook a planté.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="144"/>
        <source>ansible-playbook could not read the plan (exit code %1): see the log.</source>
        <translation>ansible-playbook n&apos;a pas pu lire le plan (code de sortie %1)&#xa0;: voir le journal.</translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="154"/>
        <source>The playbook finished on every host.</source>
        <translation>Le playbook a terminé sur tous les hôtes.</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/playbookrun.cpp" line="165"/>
        <source>The playbook failed on %n host(s) (exit code 2).</source>
        <translation>
            <numerusform>Le playbook a échoué sur %n hôte (code de sortie 2).</numerusform>
            <numerusform>Le playbook a échoué sur %n hôtes (code de sortie 2).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/plan/playbookrun.cpp" line="167"/>
        <source>%n host(s) could not be reached (exit code 4): check the inventory&apos;s addresses, users and SSH keys (ansible -i inventory all -m ping).</source>
        <translation>
            <numerusform>%n hôte injoignable (code de sortie 4)&#xa0;: vérifiez les adresses, les utilisateurs et les clés SSH de l&apos;inventaire (ansible -i inventory all -m ping).</numerusform>
            <numerusform>%n hôtes injoignables (code de sortie 4)&#xa0;: vérifiez les adresses, les utilisateurs et les clés SSH de l&apos;inventaire (ansible -i inventory all -m ping).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/plan/playbookrun.cpp" line="171"/>
        <source>ansible-playbook stopped with exit code %1: see the log.</source>
        <translation>ansible-playbook s&apos;est arrêté avec le code de sortie %1&#xa0;: voir le journal.</translation>
    </message>
</context>
<context>
    <name>rb::ui::ColdStartPlot</name>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="55"/>
        <source>Run (in execution order)</source>
        <translation>Exécution (dans l&apos;ordre)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="56"/>
        <source>Cold start to exit (ms)</source>
        <translation>Lancement → sortie (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="90"/>
        <source>warm-up (not analysed)</source>
        <translation>préchauffage (non analysé)</translation>
    </message>
    <message>
        <location filename="../ui/plot/coldstartplot.cpp" line="94"/>
        <source>failed run</source>
        <translation>exécution échouée</translation>
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
        <translation>Boîte à moustaches</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="33"/>
        <source>Violin plot</source>
        <translation>Diagramme en violon</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="34"/>
        <source>Throughput vs concurrency</source>
        <translation>Débit vs concurrence</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="35"/>
        <source>Latency spectrum (HDR)</source>
        <translation>Spectre de latence (HDR)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="36"/>
        <source>Heatmap (runtime × workload)</source>
        <translation>Carte de chaleur (environnement × charge)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="124"/>
        <source>The metric compared (a metric of the open sets&apos; samples.csv)</source>
        <translation>La métrique comparée (une métrique du samples.csv des jeux ouverts)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="126"/>
        <source>The group every other group is compared with: ratios, p-values and effect sizes</source>
        <translation>Le groupe auquel tous les autres sont comparés&#xa0;: rapports, valeurs p et tailles d&apos;effet</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="130"/>
        <source>(none)</source>
        <extracomment>baseline combo entry: no baseline, only the summary columns are filled</extracomment>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="134"/>
        <source>What the plot below the table shows</source>
        <translation>Ce que montre le graphique sous le tableau</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="135"/>
        <source>&amp;Metric</source>
        <translation>&amp;Métrique</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="136"/>
        <source>&amp;Baseline</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="136"/>
        <source>&amp;Plot</source>
        <translation>&amp;Graphique</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="163"/>
        <source>These results may not be comparable:</source>
        <extracomment>banner above the Compare table; the reasons follow, one per line</extracomment>
        <translation>Ces résultats ne sont peut-être pas comparables&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="202"/>
        <source>No values of %1 in the open sets</source>
        <translation>Aucune valeur de %1 dans les jeux ouverts</translation>
    </message>
    <message>
        <location filename="../ui/pages/comparepage.cpp" line="210"/>
        <source>No results are open</source>
        <translation>Aucun résultat ouvert</translation>
    </message>
    <message>
        <source>This plot shows one set: %1 (the baseline&apos;s set, else the newest).</source>
        <extracomment>note above a plot that shows one of several open sets; %1: the set&apos;s label</extracomment>
        <translation type="vanished">Ce graphique montre un seul jeu&#xa0;: %1 (celui de la référence, sinon le plus récent).</translation>
    </message>
</context>
<context>
    <name>rb::ui::DesignerPage</name>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="67"/>
        <source>What this experiment is for (optional)</source>
        <translation>À quoi sert cette expérience (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="69"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="71"/>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="108"/>
        <source>Double-click the arguments to edit them; &quot;1000; 2000&quot; makes two entries</source>
        <translation>Double-cliquez sur les arguments pour les modifier&#xa0;; «&#xa0;1000; 2000&#xa0;» donne deux entrées</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="115"/>
        <source>Double-click a value to edit it; level lists as &quot;1, 2, 4&quot; (one configuration each)</source>
        <translation>Double-cliquez sur une valeur pour la modifier&#xa0;; listes de niveaux sous la forme «&#xa0;1, 2, 4&#xa0;» (une configuration chacun)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="128"/>
        <source>Runtimes</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="129"/>
        <source>Workloads</source>
        <translation>Charges de travail</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="130"/>
        <source>Scenarios and their parameters</source>
        <translation>Scénarios et leurs paramètres</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="140"/>
        <source>Runs</source>
        <translation>Exécutions</translation>
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
        <translation>froid&#xa0;: un cache d&apos;environnement neuf pour chaque exécution&#xa0;; chaud&#xa0;: un cache par environnement, partagé</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="160"/>
        <source>Start container daemons when needed</source>
        <translation>Démarrer les démons de conteneurs si besoin</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="166"/>
        <source>Repetitions:</source>
        <translation>Répétitions&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="167"/>
        <source>Warm-up runs:</source>
        <translation>Préchauffages&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="168"/>
        <source>Order:</source>
        <translation>Ordre&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="169"/>
        <source>Seed:</source>
        <translation>Graine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="170"/>
        <source>Timeout:</source>
        <translation>Délai max.&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="171"/>
        <source>Cool-down:</source>
        <translation>Refroidissement&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="172"/>
        <source>Cache:</source>
        <translation>Cache&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="187"/>
        <source>User factors (each level runs its setup before and teardown after its runs)</source>
        <translation>Facteurs utilisateur (chaque niveau exécute sa préparation avant et son nettoyage après ses exécutions)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="195"/>
        <source>Commands are argv, not shell: one command per &apos;;&apos;, arguments separated by spaces</source>
        <translation>Les commandes sont des argv, pas du shell&#xa0;: une commande par «&#xa0;;&#xa0;», arguments séparés par des espaces</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="196"/>
        <source>Add level</source>
        <translation>Ajouter un niveau</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="197"/>
        <source>Remove level</source>
        <translation>Supprimer le niveau</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="224"/>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="225"/>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="226"/>
        <source>Run</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="228"/>
        <source>Save the design and run it (the same file runs with runbench-cli run)</source>
        <translation>Enregistrer la conception et la lancer (le même fichier se lance avec runbench-cli run)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="231"/>
        <source>Open experiment</source>
        <translation>Ouvrir une expérience</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="231"/>
        <location filename="../ui/pages/designerpage.cpp" line="238"/>
        <source>Experiment specs (*.json)</source>
        <translation>Spécifications d&apos;expérience (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="238"/>
        <source>Save experiment</source>
        <translation>Enregistrer l&apos;expérience</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="321"/>
        <source>Runs: — pick at least one runtime, one workload and one scenario</source>
        <translation>Exécutions&#xa0;: — choisissez au moins un environnement, une charge de travail et un scénario</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="326"/>
        <source>Runs: — (fix the problem above)</source>
        <translation>Exécutions&#xa0;: — (corrigez le problème ci-dessus)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="330"/>
        <source>Runs: %1 (%2 measured, %3 warm-up)</source>
        <translation>Exécutions&#xa0;: %1 (%2 mesurées, %3 de préchauffage)</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="331"/>
        <source>Estimated duration: about %1, at most %2 if every run reaches its timeout. This is an estimate: it assumes %3 s per start and adds the load durations, warm-up phases, settle times and cool-downs the spec sets; slow runtimes (containers, AOT compilation) take longer.</source>
        <translation>Durée estimée&#xa0;: environ %1, au plus %2 si chaque exécution atteint son délai maximal. C&apos;est une estimation&#xa0;: elle suppose %3&#xa0;s par démarrage et ajoute les durées de charge, phases de préchauffage, temps de stabilisation et refroidissements fixés par la spécification&#xa0;; les environnements lents (conteneurs, compilation AOT) prennent plus de temps.</translation>
    </message>
    <message>
        <location filename="../ui/pages/designerpage.cpp" line="337"/>
        <source>Left out as unsuited: %1.</source>
        <translation>Écartés car inadaptés&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>rb::ui::DistributionPlot</name>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="24"/>
        <location filename="../ui/plot/distributionplot.cpp" line="84"/>
        <source>Cold start to exit (ms)</source>
        <translation>Lancement → sortie (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/distributionplot.cpp" line="25"/>
        <location filename="../ui/plot/distributionplot.cpp" line="86"/>
        <source>Fraction of runs ≤ x</source>
        <translation>Fraction des exécutions ≤ x</translation>
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
    <name>rb::ui::InstancePlot</name>
    <message>
        <location filename="../ui/plot/instanceplot.cpp" line="108"/>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <location filename="../ui/plot/instanceplot.cpp" line="141"/>
        <source>Launch → exit (ms)</source>
        <translation>Lancement → sortie (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/instanceplot.cpp" line="142"/>
        <source>PSS per instance (MiB)</source>
        <translation>PSS par instance (Mio)</translation>
    </message>
    <message>
        <location filename="../ui/plot/instanceplot.cpp" line="176"/>
        <source>warm-up (not analysed)</source>
        <translation>préchauffage (non analysé)</translation>
    </message>
</context>
<context>
    <name>rb::ui::LoadLivePlots</name>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="61"/>
        <source>Percentile (%)</source>
        <translation>Centile (%)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="62"/>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="70"/>
        <source>current level</source>
        <translation>niveau actuel</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="76"/>
        <location filename="../ui/plot/loadliveplots.cpp" line="89"/>
        <source>Time since start (s)</source>
        <translation>Temps depuis le début (s)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="77"/>
        <source>Requests/s</source>
        <translation>Requêtes/s</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="79"/>
        <source>achieved</source>
        <translation>atteint</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="81"/>
        <source>requested</source>
        <translation>demandé</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="90"/>
        <source>CPU (% of one core)</source>
        <translation>CPU (% d&apos;un cœur)</translation>
    </message>
    <message>
        <location filename="../ui/plot/loadliveplots.cpp" line="92"/>
        <source>Memory (MiB)</source>
        <translation>Mémoire (Mio)</translation>
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
            <numerusform>exécution %1, %n requête</numerusform>
            <numerusform>exécution %1, %n requêtes</numerusform>
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
        <translation>%v / %m exécutions</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="97"/>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="166"/>
        <source>Looking for runtimes…</source>
        <translation>Recherche des environnements…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="42"/>
        <source>Every runner and profile: available or not, version, why not</source>
        <translation>Chaque runner et profil&#xa0;: disponible ou non, version, sinon pourquoi</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="43"/>
        <source>Design</source>
        <translation>Conception</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="43"/>
        <source>Design an experiment: runtimes, workloads, scenarios, repetitions, factors</source>
        <translation>Concevoir une expérience&#xa0;: environnements, charges de travail, scénarios, répétitions, facteurs</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="44"/>
        <source>Run</source>
        <translation>Exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="44"/>
        <source>The running experiment: progress, live plots, log</source>
        <translation>L&apos;expérience en cours&#xa0;: progression, tracés en direct, journal</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="45"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="45"/>
        <source>The open result sets: experiments, runtimes, scenarios and every run</source>
        <translation>Les jeux de résultats ouverts&#xa0;: expériences, environnements, scénarios et chaque exécution</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="48"/>
        <source>Compare</source>
        <translation>Comparer</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="48"/>
        <source>The open results side by side: a metric against a baseline, tests, plots</source>
        <translation>Les résultats ouverts côte à côte&#xa0;: une métrique face à une référence, tests, graphiques</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="49"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="50"/>
        <source>Tables (LaTeX, Markdown, CSV, JSON) and figures (PDF, SVG, PNG) of the open results, for a paper</source>
        <translation>Tableaux (LaTeX, Markdown, CSV, JSON) et figures (PDF, SVG, PNG) des résultats ouverts, pour un article</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="56"/>
        <source>Scale out</source>
        <translation>Multi-hôtes</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="56"/>
        <source>One experiment on many hosts: plan, run with Ansible, merged results</source>
        <translation>Une expérience sur plusieurs hôtes&#xa0;: plan, exécution avec Ansible, résultats fusionnés</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="71"/>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="19"/>
        <source>Experiment</source>
        <translation>Expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="22"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="23"/>
        <source>&amp;Experiment</source>
        <translation>&amp;Expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="37"/>
        <source>Run &amp;demo</source>
        <translation>Lancer la &amp;démo</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="40"/>
        <source>Cold start of hello and cpu-hash on native and Node&apos;s WASI (resources/experiments/demo.json)</source>
        <translation>Démarrage à froid de hello et cpu-hash en natif et sous WASI de Node (resources/experiments/demo.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="41"/>
        <source>&amp;Run experiment…</source>
        <translation>&amp;Lancer une expérience…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="42"/>
        <source>Run experiment</source>
        <translation>Lancer une expérience</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="43"/>
        <source>Experiment specs (*.json)</source>
        <translation>Spécifications d&apos;expérience (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="49"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="51"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation>Tuer l&apos;arbre de processus en cours et arrêter&#xa0;; les exécutions terminées sont conservées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="52"/>
        <source>&amp;Pause or resume</source>
        <translation>&amp;Pause ou reprise</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="57"/>
        <source>&amp;Open results…</source>
        <translation>&amp;Ouvrir des résultats…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="58"/>
        <source>Open results folder</source>
        <translation>Ouvrir un dossier de résultats</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="64"/>
        <source>&amp;Add results folder…</source>
        <translation>&amp;Ajouter un dossier de résultats…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="65"/>
        <source>Add a results folder beside the open ones</source>
        <translation>Ajouter un dossier de résultats à ceux déjà ouverts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="70"/>
        <source>&amp;Import other tool&apos;s results…</source>
        <translation>&amp;Importer les résultats d&apos;un autre outil…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="71"/>
        <source>Import a file another tool wrote (docs/import.md)</source>
        <translation>Importer un fichier écrit par un autre outil (docs/import.md)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="76"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Récemment ouverts</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="86"/>
        <source>&amp;Export figures…</source>
        <translation>E&amp;xporter les figures…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="87"/>
        <source>Export figures to</source>
        <translation>Exporter les figures vers</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="94"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="98"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="103"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="104"/>
        <source>&amp;About Runbench</source>
        <translation>À &amp;propos de Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="105"/>
        <source>About Runbench</source>
        <translation>À propos de Runbench</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="106"/>
        <source>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Compare how software runs on WebAssembly runtimes, containers and native processes: design an experiment, watch it live, compare with sound statistics, export tables and figures for a paper.&lt;/p&gt;&lt;p&gt;The same experiments run headless with &lt;tt&gt;runbench-cli&lt;/tt&gt;. The user guide is docs/user-guide.md; data, workloads and experiments are in %2.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Built with Qt %3 and QCustomPlot.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Runbench %1&lt;/h3&gt;&lt;p&gt;Comparez l&apos;exécution de logiciels sur des environnements d&apos;exécution WebAssembly, des conteneurs et des processus natifs&#xa0;: concevez une expérience, suivez-la en direct, comparez avec des statistiques rigoureuses, exportez tableaux et figures pour un article.&lt;/p&gt;&lt;p&gt;Les mêmes expériences s&apos;exécutent sans interface graphique avec &lt;tt&gt;runbench-cli&lt;/tt&gt;. Le guide de l&apos;utilisateur est docs/user-guide.md&#xa0;; données, charges de travail et expériences se trouvent dans %2.&lt;/p&gt;&lt;p&gt;GPL-3.0-or-later. Construit avec Qt %3 et QCustomPlot.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowactions.cpp" line="114"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindowpages.cpp" line="42"/>
        <source>Runtimes</source>
        <translation>Environnements</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="131"/>
        <source>%1 of %2 runtimes available</source>
        <translation>%1 environnements disponibles sur %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="162"/>
        <source>The new runtime folders are used once this experiment ends and Runbench starts again.</source>
        <translation>Les nouveaux dossiers d&apos;environnements d&apos;exécution seront utilisés une fois cette expérience terminée et Runbench redémarré.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="184"/>
        <source>An experiment is already running.</source>
        <translation>Une expérience est déjà en cours.</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="203"/>
        <source>The experiment was not started: see the log.</source>
        <translation>L&apos;expérience n&apos;a pas démarré&#xa0;: voir le journal.</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3</source>
        <translation type="vanished">Exécution %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>Run %1 of %2: %3 (about %4:%5 left)</source>
        <translation type="vanished">Exécution %1 sur %2&#xa0;: %3 (encore environ %4:%5)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/mainwindow/mainwindow.cpp" line="227"/>
        <source>%n live point(s) dropped</source>
        <translation>
            <numerusform>%n point en direct perdu</numerusform>
            <numerusform>%n points en direct perdus</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="235"/>
        <source>The experiment could not run: %1</source>
        <translation>L&apos;expérience n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="239"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1&#xa0;: %2 exécutions enregistrées, %3 échouées, %4 ignorées</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="244"/>
        <source>Results in %1</source>
        <translation>Résultats dans %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="268"/>
        <source>Runbench — %1</source>
        <translation>Runbench — %1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="275"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="304"/>
        <source>Figures written: %1</source>
        <translation>Figures écrites&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>rb::ui::ProfileEditor</name>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="23"/>
        <source>Save and re-probe</source>
        <translation>Enregistrer et re-sonder</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="28"/>
        <source>A runtime profile (docs/runtimes.md): pick a shipped one above to start from</source>
        <translation>Un profil d&apos;environnement (docs/runtimes.md)&#xa0;: choisissez-en un fourni ci-dessus comme point de départ</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="32"/>
        <source>Pick a shipped profile to start from and change its id and binary: the text is checked as you type, with the rules that load profiles.</source>
        <translation>Choisissez un profil fourni comme point de départ et changez son id et son exécutable&#xa0;: le texte est vérifié pendant la saisie, avec les règles de chargement des profils.</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="36"/>
        <source>Write the profile to %1 and look for runtimes again</source>
        <translation>Écrire le profil dans %1 et rechercher à nouveau les environnements</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="37"/>
        <source>Copy a shipped profile into the editor; change its id and binary</source>
        <translation>Copier un profil fourni dans l&apos;éditeur&#xa0;; changez son id et son exécutable</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="39"/>
        <source>Add a runtime — start from:</source>
        <translation>Ajouter un environnement — partir de&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="49"/>
        <source>(choose a profile)</source>
        <translation>(choisir un profil)</translation>
    </message>
    <message>
        <location filename="../ui/pages/profileeditor.cpp" line="69"/>
        <source>Saved to %1; looking for runtimes again…</source>
        <translation>Enregistré dans %1&#xa0;; nouvelle recherche des environnements…</translation>
    </message>
</context>
<context>
    <name>rb::ui::ResultsPage</name>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="58"/>
        <source>&amp;Close set</source>
        <translation>&amp;Fermer le jeu</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="59"/>
        <source>Close the result set chosen in the tree (its files stay as they are)</source>
        <translation>Fermer le jeu de résultats choisi dans l&apos;arbre (ses fichiers restent intacts)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="88"/>
        <source>No results open</source>
        <translation>Aucun résultat ouvert</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="93"/>
        <source>Open a Runbench results folder (what a run or &lt;tt&gt;runbench-cli run&lt;/tt&gt; wrote), or import what another benchmark tool wrote: hyperfine, wrk, wrk2, hey, oha, k6, Google Benchmark, Criterion, perf stat, /usr/bin/time and more. You can also drop folders and files on this page.</source>
        <translation>Ouvrez un dossier de résultats Runbench (ce qu&apos;une exécution ou &lt;tt&gt;runbench-cli run&lt;/tt&gt; a écrit), ou importez ce qu&apos;un autre outil de benchmark a écrit&#xa0;: hyperfine, wrk, wrk2, hey, oha, k6, Google Benchmark, Criterion, perf stat, /usr/bin/time et d&apos;autres. Vous pouvez aussi déposer des dossiers et des fichiers sur cette page.</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="99"/>
        <location filename="../ui/pages/resultspage.cpp" line="149"/>
        <source>Open results folder…</source>
        <translation>Ouvrir un dossier de résultats…</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="102"/>
        <location filename="../ui/pages/resultspage.cpp" line="151"/>
        <source>Import other tool&apos;s file…</source>
        <translation>Importer le fichier d&apos;un autre outil…</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="109"/>
        <source>Recently opened (click to open):</source>
        <translation>Récemment ouverts (cliquer pour ouvrir)&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="149"/>
        <source>Open a results folder beside the sets already open</source>
        <translation>Ouvrir un dossier de résultats à côté des jeux déjà ouverts</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="151"/>
        <source>Import another tool&apos;s output (docs/import.md) beside the others</source>
        <translation>Importer la sortie d&apos;un autre outil (docs/import.md) à côté des autres</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="180"/>
        <source>Filter runs: words that must all appear in a row (e.g. &quot;wasmtime failed&quot;)</source>
        <translation>Filtrer les exécutions&#xa0;: mots qui doivent tous figurer dans une ligne (p. ex. «&#xa0;wasmtime failed&#xa0;»)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/resultspage.cpp" line="252"/>
        <source>%1 of %n run(s)</source>
        <extracomment>how many runs the filters leave in the table; %1 shown, %n all</extracomment>
        <translation>
            <numerusform>%1 sur %n exécution</numerusform>
            <numerusform>%1 sur %n exécutions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="259"/>
        <source>Could not open: %1</source>
        <extracomment>%1 why a folder or file could not be read (&quot;file:line: field: message&quot;)</extracomment>
        <translation>Ouverture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="266"/>
        <source>Open a results folder</source>
        <translation>Ouvrir un dossier de résultats</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="274"/>
        <source>Import another tool&apos;s results (docs/import.md)</source>
        <translation>Importer les résultats d&apos;un autre outil (docs/import.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/resultspage.cpp" line="275"/>
        <source>Benchmark results (*.json *.csv *.txt *.log *.md *.out);;All files (*)</source>
        <translation>Résultats de benchmark (*.json *.csv *.txt *.log *.md *.out);;Tous les fichiers (*)</translation>
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
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="38"/>
        <source>No experiment running. Start one from the Design page or Experiment → Run demo.</source>
        <translation>Aucune expérience en cours. Lancez-en une depuis la page Conception ou via Expérience → Lancer la démo.</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="171"/>
        <source>%v / %m runs</source>
        <translation>%v / %m exécutions</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="45"/>
        <source>Messages of the run: starts, failures with their reason, where results go.</source>
        <translation>Messages de l&apos;exécution&#xa0;: démarrages, échecs avec leur raison, emplacement des résultats.</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="40"/>
        <source>No experiment running</source>
        <translation>Aucune expérience en cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="47"/>
        <source>Stop before the next run; a run in progress (a whole load level) finishes first</source>
        <translation>Arrêter avant la prochaine exécution&#xa0;; une exécution en cours (tout un niveau de charge) se termine d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="48"/>
        <source>Kill the running process tree and stop; finished runs are kept</source>
        <translation>Tuer l&apos;arbre de processus en cours et arrêter&#xa0;; les exécutions terminées sont conservées</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="111"/>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="113"/>
        <source>Resumed</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="117"/>
        <source>Pausing…</source>
        <translation>Mise en pause…</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="118"/>
        <source>Pausing: the run in progress finishes first</source>
        <translation>Mise en pause&#xa0;: l&apos;exécution en cours se termine d&apos;abord</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="121"/>
        <source>Paused after run %1 of %2 (recorded). Resume starts the next one.</source>
        <translation>En pause après l&apos;exécution %1 sur %2 (enregistrée). Reprendre lance la suivante.</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="124"/>
        <source>Paused before the next run</source>
        <translation>En pause avant la prochaine exécution</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/runpage.cpp" line="174"/>
        <source>Starting %n run(s), writing %1</source>
        <translation>
            <numerusform>Démarrage de %n exécution, écriture dans %1</numerusform>
            <numerusform>Démarrage de %n exécutions, écriture dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="176"/>
        <source>Started: %1 runs, writing %2</source>
        <translation>Démarrée&#xa0;: %1 exécutions, écriture dans %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="182"/>
        <source>Run %1 of %2: %3</source>
        <translation>Exécution %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="183"/>
        <source>Run %1 of %2: %3 (about %4:%5 left)</source>
        <translation>Exécution %1 sur %2&#xa0;: %3 (encore environ %4:%5)</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="200"/>
        <source>%1: failed: %2</source>
        <translation>%1&#xa0;: échec&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="202"/>
        <source>%1: ok</source>
        <translation>%1&#xa0;: ok</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="204"/>
        <source>%1: ok, %2 = %3</source>
        <translation>%1&#xa0;: ok, %2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="213"/>
        <source>The experiment could not run: %1</source>
        <translation>L&apos;expérience n&apos;a pas pu s&apos;exécuter&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/runpage.cpp" line="217"/>
        <source>%1: %2 runs recorded, %3 failed, %4 skipped</source>
        <translation>%1&#xa0;: %2 exécutions enregistrées, %3 échouées, %4 ignorées</translation>
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
        <translation>%v / %m tâches</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/scaleoutpage.cpp" line="133"/>
        <source>%n task(s) in the playbook.</source>
        <translation>
            <numerusform>%n tâche dans le playbook.</numerusform>
            <numerusform>%n tâches dans le playbook.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="150"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="184"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="186"/>
        <source>An experiment spec with a &quot;hosts&quot; list (docs/scale-out.md)</source>
        <translation>Une spécification d’expérience avec une liste «&#xa0;hosts&#xa0;» (docs/scale-out.md)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="188"/>
        <source>The Ansible inventory that names those hosts (YAML or INI)</source>
        <translation>L’inventaire Ansible qui nomme ces hôtes (YAML ou INI)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="190"/>
        <source>Where the playbook is written; its results come back under results/</source>
        <translation>Où le playbook est écrit&#xa0;; ses résultats reviennent dans results/</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="198"/>
        <source>Spec:</source>
        <translation>Spécification&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="199"/>
        <source>Experiment spec with hosts</source>
        <translation>Spécification d’expérience avec hôtes</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="199"/>
        <source>Experiment specs (*.json)</source>
        <translation>Spécifications d’expérience (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="200"/>
        <source>Inventory:</source>
        <translation>Inventaire&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="202"/>
        <source>Ansible inventory</source>
        <translation>Inventaire Ansible</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="202"/>
        <source>Inventories (*.yml *.yaml *.ini hosts);;All files (*)</source>
        <translation>Inventaires (*.yml *.yaml *.ini hosts);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="203"/>
        <source>Plan folder:</source>
        <translation>Dossier du plan&#xa0;:</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="203"/>
        <source>Plan folder</source>
        <translation>Dossier du plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="208"/>
        <source>&amp;Generate plan</source>
        <translation>&amp;Générer le plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="209"/>
        <source>Write playbook.yml, inventory, spec.json and README.md into the plan folder, as runbench-cli plan ansible does</source>
        <translation>Écrire playbook.yml, inventory, spec.json et README.md dans le dossier du plan, comme runbench-cli plan ansible</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="211"/>
        <source>&amp;Kubernetes manifests</source>
        <translation>Manifestes &amp;Kubernetes</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="212"/>
        <source>Write configmap.yaml, job.yaml and README.md into &lt;plan folder&gt;/k8s, as runbench-cli plan k8s does (image runbench-cli:latest: edit job.yaml for yours)</source>
        <translation>Écrire configmap.yaml, job.yaml et README.md dans &lt;dossier du plan&gt;/k8s, comme runbench-cli plan k8s (image runbench-cli:latest&#xa0;: modifiez job.yaml pour la vôtre)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="242"/>
        <source>Run with Ansible</source>
        <extracomment>The group that runs the plan&apos;s playbook</extracomment>
        <translation>Exécuter avec Ansible</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="243"/>
        <source>&amp;Run</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="244"/>
        <source>ansible-playbook -i inventory playbook.yml in the plan folder</source>
        <translation>ansible-playbook -i inventory playbook.yml dans le dossier du plan</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="245"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="246"/>
        <source>Stop ansible-playbook (terminated, killed 5 s later if it is still there)</source>
        <translation>Arrêter ansible-playbook (terminé, tué 5 s plus tard s’il est encore là)</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="247"/>
        <source>&amp;Open merged results</source>
        <translation>&amp;Ouvrir les résultats fusionnés</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="248"/>
        <source>Open &lt;plan folder&gt;/results/merged on the Results page</source>
        <translation>Ouvrir &lt;dossier du plan&gt;/results/merged dans la page Résultats</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="262"/>
        <source>No playbook running</source>
        <translation>Aucun playbook en cours</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="277"/>
        <source>ansible-playbook&apos;s output appears here.</source>
        <translation>La sortie d’ansible-playbook s’affiche ici.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="327"/>
        <source>Not in the inventory: %1. Ansible reaches hosts by their inventory names: add them to %2 (with ansible_host=&lt;address&gt;) or correct their ids in the spec.</source>
        <translation>Absents de l’inventaire&#xa0;: %1. Ansible atteint les hôtes par leur nom dans l’inventaire&#xa0;: ajoutez-les à %2 (avec ansible_host=&lt;adresse&gt;) ou corrigez leurs identifiants dans la spécification.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="333"/>
        <source>Choose an experiment spec with a &quot;hosts&quot; list and the Ansible inventory that names those hosts; docs/scale-out.md shows both.</source>
        <translation>Choisissez une spécification d’expérience avec une liste «&#xa0;hosts&#xa0;» et l’inventaire Ansible qui nomme ces hôtes&#xa0;; docs/scale-out.md montre les deux.</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="362"/>
        <source>Writing…</source>
        <translation>Écriture…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="386"/>
        <source>Written to %1: %2</source>
        <translation>Écrit dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="399"/>
        <source>Listing the playbook&apos;s tasks…</source>
        <translation>Liste des tâches du playbook…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="401"/>
        <source>ansible-playbook -i inventory playbook.yml in %1</source>
        <translation>ansible-playbook -i inventory playbook.yml dans %1</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="408"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="417"/>
        <source>Play: %1 — task: %2</source>
        <extracomment>Where ansible-playbook is: %1 the play&apos;s name, %2 the task&apos;s name</extracomment>
        <translation>Play&#xa0;: %1 — tâche&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/scaleoutpage.cpp" line="422"/>
        <source>… and %n more host(s): see the log</source>
        <translation>
            <numerusform>… et %n autre hôte&#xa0;: voir le journal</numerusform>
            <numerusform>… et %n autres hôtes&#xa0;: voir le journal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/scaleoutpage.cpp" line="465"/>
        <source>Merged results: %1</source>
        <translation>Résultats fusionnés&#xa0;: %1</translation>
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
        <location filename="../ui/plot/ecdffigure.cpp" line="29"/>
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
        <location filename="../ui/plot/spectrumfigure.cpp" line="39"/>
        <source>Latency (ms)</source>
        <translation>Latence (ms)</translation>
    </message>
    <message>
        <location filename="../ui/plot/spectrumfigure.cpp" line="38"/>
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
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="23"/>
        <source>%1 has %2</source>
        <extracomment>%1: a results folder; %2: what it lacks (&quot;no values of metric …&quot;); French/German may write &quot;%1 : %2&quot;</extracomment>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="34"/>
        <source>no values of metric &quot;%1&quot;</source>
        <translation>aucune valeur de la métrique «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="38"/>
        <source>--baseline &quot;%1&quot; is not a runtime of this folder (runtimes: %2)</source>
        <translation>--baseline «&#xa0;%1&#xa0;» n&apos;est pas un environnement de ce dossier (environnements&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="52"/>
        <source>no series &quot;%1&quot; in timeseries.csv (series there: %2)</source>
        <translation>aucune série «&#xa0;%1&#xa0;» dans timeseries.csv (séries présentes&#xa0;: %2)</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="54"/>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="93"/>
        <source>no values of %1 were read</source>
        <translation>aucune valeur de %1 n&apos;a été lue</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="127"/>
        <source>no latency histograms (latency.csv): a spectrum needs warm-latency or throughput-sweep runs</source>
        <translation>aucun histogramme de latence (latency.csv)&#xa0;: un spectre nécessite des exécutions warm-latency ou throughput-sweep</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="137"/>
        <source>no throughput-sweep concurrency levels with requests_per_s</source>
        <translation>aucun niveau de concurrence throughput-sweep avec requests_per_s</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="146"/>
        <source>no throughput-sweep levels (rate or concurrency) with latency histograms</source>
        <translation>aucun niveau throughput-sweep (débit ou concurrence) avec histogrammes de latence</translation>
    </message>
    <message>
        <location filename="../ui/plot/figurekinds.cpp" line="157"/>
        <source>unknown figure kind &quot;%1&quot;</source>
        <translation>type de figure «&#xa0;%1&#xa0;» inconnu</translation>
    </message>
</context>
</TS>
