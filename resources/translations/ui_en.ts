<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>App</name>
    <message>
        <source>Démarrage impossible</source>
        <translation>Cannot start</translation>
    </message>
    <message>
        <source>Le programme n'a pas pu démarrer. Vos réponses déjà enregistrées ne sont pas perdues.</source>
        <translation>The program could not start. The answers you already saved are not lost.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="72"/>
        <source>Les détails ont été enregistrés dans : %1</source>
        <translation>The details were saved in: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="78"/>
        <source>(le journal n&apos;a pas pu être écrit)</source>
        <translation>(the log could not be written)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88"/>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="89"/>
        <source>Une erreur inattendue s&apos;est produite. Vos réponses déjà enregistrées ne sont pas perdues.</source>
        <translation>An unexpected error occurred. The answers you already saved are not lost.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="165"/>
        <source>Arrêt inattendu</source>
        <translation>Unexpected stop</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="166"/>
        <source>Le programme s&apos;est arrêté brutalement la dernière fois. Vos réponses déjà enregistrées ne sont pas perdues. Le rapport technique est conservé ici : %1</source>
        <translation>The program stopped abruptly last time. The answers you had already saved are not lost. The technical report is kept here: %1</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="208"/>
        <source>Contenu invalide</source>
        <translation>Invalid content</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="209"/>
        <source>Le contenu de l&apos;assistant (questions et actions) est invalide ; le programme ne peut pas démarrer.</source>
        <translation>The assistant&apos;s content (questions and actions) is invalid; the program cannot start.</translation>
    </message>
</context>
<context>
    <name>HelpBox</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="77"/>
        <source>Pourquoi c&apos;est important</source>
        <translation>Why it matters</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="77"/>
        <source>Comment faire</source>
        <translation>How to do it</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="89"/>
        <source>Pourquoi c&apos;est important · Comment faire</source>
        <translation>Why it matters · How to do it</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>En partie</source>
        <translation>Partly</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>Je ne sais pas</source>
        <translation>I don&apos;t know</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>Non applicable</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>Haute</source>
        <comment>priority of an action</comment>
        <translation>High</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>Moyenne</source>
        <comment>priority of an action</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>Basse</source>
        <comment>priority of an action</comment>
        <translation>Low</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="36"/>
        <source>Rapide</source>
        <comment>effort of an action</comment>
        <translation>Quick</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="37"/>
        <source>Moyen</source>
        <comment>effort of an action</comment>
        <translation>Medium</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="38"/>
        <source>Important</source>
        <comment>effort of an action: much work</comment>
        <translation>Large</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>À faire</source>
        <comment>status of an action</comment>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>En cours</source>
        <comment>status of an action</comment>
        <translation>In progress</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="47"/>
        <source>Fait</source>
        <comment>status of an action</comment>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>fr</source>
        <comment>code of the interface language: write fr, ar or en</comment>
        <translation>en</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>1 à 9 : choisir une réponse à la question où vous êtes, dans l&apos;ordre des réponses</source>
        <translation>1 to 9: choose an answer to the question you are on, in the order of the answers</translation>
    </message>
    <message>
        <source>%1 : cocher ou décocher la réponse où vous êtes</source>
        <translation>%1: tick or untick the answer you are on</translation>
    </message>
    <message>
        <source>%1 : aller à la question ou au bouton suivant, ou précédent</source>
        <translation>%1: go to the next question or button, or the previous one</translation>
    </message>
    <message>
        <source>%1 : étape suivante</source>
        <translation>%1: next step</translation>
    </message>
    <message>
        <source>%1 : étape précédente</source>
        <translation>%1: previous step</translation>
    </message>
    <message>
        <source>%1 : profil de l&apos;entreprise, plan de préparation</source>
        <translation>%1: business profile, readiness plan</translation>
    </message>
    <message>
        <source>%1 : nouvelle entreprise</source>
        <translation>%1: new business</translation>
    </message>
    <message>
        <source>%1 : aller à une entreprise</source>
        <translation>%1: go to a business</translation>
    </message>
    <message>
        <source>%1 : glossaire</source>
        <translation>%1: glossary</translation>
    </message>
    <message>
        <source>%1 : ateliers, revenir à l&apos;atelier</source>
        <translation>%1: workshops, back to the workshop</translation>
    </message>
    <message>
        <source>%1 : texte plus grand, plus petit, normal</source>
        <translation>%1: larger, smaller, normal text</translation>
    </message>
    <message>
        <source>%1 : mode présentation (grand texte, contraste élevé)</source>
        <translation>%1: presentation mode (large text, high contrast)</translation>
    </message>
    <message>
        <source>%1 avec la lettre soulignée d&apos;un menu : ouvrir ce menu</source>
        <translation>%1 with a menu&apos;s underlined letter: open that menu</translation>
    </message>
    <message>
        <source>&amp;Raccourcis clavier</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Raccourcis clavier</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Tout le parcours se fait aussi au clavier :</source>
        <translation>The whole path also works from the keyboard:</translation>
    </message>
    <message>
        <source>Ouverture…</source>
        <translation>Opening…</translation>
    </message>
    <message>
        <source>&amp;Tous les ateliers</source>
        <translation>&amp;All workshops</translation>
    </message>
    <message>
        <source>&amp;Importer des fiches…</source>
        <translation>&amp;Import business files…</translation>
    </message>
    <message>
        <source>E&amp;xporter la fiche de l&apos;entreprise…</source>
        <translation>E&amp;xport the business&apos;s file…</translation>
    </message>
    <message>
        <source>&amp;Plans de tous les participants…</source>
        <translation>&amp;Plans for every participant…</translation>
    </message>
    <message>
        <source>&amp;Synthèse de l&apos;atelier…</source>
        <translation>Workshop &amp;summary…</translation>
    </message>
    <message>
        <source>Aucune entreprise choisie</source>
        <translation>No business chosen</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une entreprise dans la liste, ou ouvrez-la.</source>
        <translation>First choose a business in the list, or open it.</translation>
    </message>
    <message>
        <source>Un champ du profil contient une erreur, signalée en rouge sous le champ. Corrigez-le ou videz-le : le profil sera alors enregistré et vous pourrez continuer.</source>
        <translation>A profile field has a mistake, shown in red under the field. Correct it or empty it: the profile is then saved and you can go on.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="101"/>
        <source>&amp;Glossaire</source>
        <translation>&amp;Glossary</translation>
    </message>
    <message>
        <source>&amp;Aller à une entreprise…</source>
        <translation>&amp;Go to a business…</translation>
    </message>
    <message>
        <source>Mode &amp;présentation (grand texte, contraste élevé)</source>
        <translation>&amp;Presentation mode (large text, high contrast)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="30"/>
        <source>Assistant de préparation du commerçant</source>
        <translation>Merchant Readiness Assistant</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45"/>
        <source>Contenu %1, mis à jour le %2</source>
        <translation>Content %1, updated on %2</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="57"/>
        <source>&amp;Nouvelle entreprise</source>
        <translation>&amp;New business</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="61"/>
        <source>&amp;Entreprises</source>
        <translation>&amp;Businesses</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="65"/>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>Ai&amp;de</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70"/>
        <source>À &amp;propos</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>Lecture impossible</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="93"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>The list of businesses could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Ouverture impossible</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>Cette entreprise n&apos;a pas pu être ouverte.</source>
        <translation>This business could not be opened.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="125"/>
        <source>À propos</source>
        <translation>About</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="127"/>
        <source>Contenu %1, mis à jour le %2.
Base de données : %3

Ce plan est une aide pratique, pas un avis juridique.</source>
        <translation>Content %1, updated on %2.
Database: %3

This plan is practical guidance, not legal advice.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="140"/>
        <source>Profil non enregistré</source>
        <translation>Profile not saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="141"/>
        <source>Le profil contient une erreur et n&apos;a pas été enregistré. Quitter quand même ?</source>
        <translation>The profile has an error and was not saved. Quit anyway?</translation>
    </message>
    <message>
        <source>Abandonner la nouvelle entreprise ?</source>
        <translation>Give up the new business?</translation>
    </message>
    <message>
        <source>Elle n'a pas encore été créée : ce que vous avez saisi sera perdu.</source>
        <translation>It has not been created yet: what you typed will be lost.</translation>
    </message>
    <message>
        <source>Abandonner</source>
        <translation>Give up</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>&amp;Langue</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Agrandir le texte</source>
        <translation>Larger text</translation>
    </message>
    <message>
        <source>Réduire le texte</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>Taille normale du texte</source>
        <translation>Normal text size</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>A&amp;teliers</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="151"/>
        <source>Nou&amp;vel atelier…</source>
        <translation>New wor&amp;kshop…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196"/>
        <source>&amp;Revenir à l&apos;atelier</source>
        <translation>&amp;Back to the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>Ajout impossible</source>
        <translation>Could not add</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331"/>
        <source>L&apos;entreprise n&apos;a pas été ajoutée à l&apos;atelier.</source>
        <translation>The business was not added to the workshop.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../ui/messages.py" line="28"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/messages.py" line="57"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>MultiQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="241"/>
        <source>Déjà acquis : indiqué dans le profil ou dans une autre réponse, ou par une action faite</source>
        <translation>Already in place: given in the profile or in another answer, or by an action done</translation>
    </message>
</context>
<context>
    <name>PdfExporter</name>
    <message>
        <location filename="../../ui/pdf_export.py" line="28"/>
        <source>entreprise</source>
        <comment>file name of a business without a name</comment>
        <translation>business</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="30"/>
        <source>Plan - %1.pdf</source>
        <comment>suggested file name; %1: the business</comment>
        <translation>Plan - %1.pdf</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="76"/>
        <source>Enregistrer le plan en PDF</source>
        <translation>Save the plan as PDF</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="76"/>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="120"/>
        <source>PDF non enregistré</source>
        <translation>PDF not saved</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="121"/>
        <source>Le PDF n&apos;a pas pu être enregistré. Si le fichier est ouvert dans un autre programme, fermez-le ou choisissez un autre nom.</source>
        <translation>The PDF could not be saved. If the file is open in another program, close it or choose another name.</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="125"/>
        <source>Choisir un autre nom…</source>
        <translation>Choose another name…</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_export.py" line="127"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message numerus="yes">
        <source>%n autre(s) échéance(s) recalculée(s) : une action vient une semaine après celle qu&apos;elle attend.</source>
        <translation>
            <numerusform>%n other due date recalculated: an action comes a week after the one it waits for.</numerusform>
            <numerusform>%n other due dates recalculated: an action comes a week after the one it waits for.</numerusform>
        </translation>
    </message>
    <message>
        <source>Le PDF est enregistré, mais le point de progrès de ce jour n'a pas pu l'être.</source>
        <translation>The PDF is saved, but today's progress point could not be recorded.</translation>
    </message>
    <message>
        <source>Progrès non enregistré</source>
        <translation>Progress not recorded</translation>
    </message>
    <message numerus="yes">
        <source>Rien ne bloque parmi vos réponses, mais %n question(s) qui peuvent bloquer l&apos;affiliation sont sans réponse — &lt;a href=&quot;#&quot;&gt;y répondre&lt;/a&gt;</source>
        <translation>
            <numerusform>Nothing blocks in your answers, but %n question that can block payment acceptance is unanswered — &lt;a href=&quot;#&quot;&gt;answer it&lt;/a&gt;</numerusform>
            <numerusform>Nothing blocks in your answers, but %n questions that can block payment acceptance are unanswered — &lt;a href=&quot;#&quot;&gt;answer them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>Votre note</source>
        <translation>Your note</translation>
    </message>
    <message>
        <source>&amp;Afficher :</source>
        <translation>&amp;Show:</translation>
    </message>
    <message>
        <source>Actions non exportées</source>
        <translation>Actions not exported</translation>
    </message>
    <message>
        <source>Aucun service d&apos;impression n&apos;a répondu. Ouvrez le PDF et imprimez-le depuis votre lecteur de PDF.</source>
        <translation>No printing service answered. Open the PDF and print it from your PDF reader.</translation>
    </message>
    <message>
        <source>Aucune action dans ce choix.</source>
        <translation>No action in this selection.</translation>
    </message>
    <message>
        <source>Bloquantes</source>
        <translation>Blockers</translation>
    </message>
    <message>
        <source>Comment faire</source>
        <translation>How to do it</translation>
    </message>
    <message>
        <source>Détail de l&apos;action choisie</source>
        <translation>Details of the chosen action</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Exporter les actions</source>
        <translation>Export the actions</translation>
    </message>
    <message>
        <source>Exporter les actions (CSV)…</source>
        <translation>Export actions (CSV)…</translation>
    </message>
    <message>
        <source>Faites</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Filtrer les actions</source>
        <translation>Filter the actions</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>La modification n&apos;a pas pu être enregistrée.</source>
        <translation>The change could not be saved.</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit.</source>
        <translation>The file could not be written.</translation>
    </message>
    <message>
        <source>Modification non enregistrée</source>
        <translation>Change not saved</translation>
    </message>
    <message>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Pourquoi</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Tableur CSV (*.csv)</source>
        <translation>CSV spreadsheet (*.csv)</translation>
    </message>
    <message>
        <source>Toutes les actions</source>
        <translation>All actions</translation>
    </message>
    <message>
        <source>Un fichier pour un tableur (Excel, LibreOffice) : une ligne par action</source>
        <translation>A file for a spreadsheet (Excel, LibreOffice): one row per action</translation>
    </message>
    <message>
        <source>Vos notes</source>
        <translation>Your notes</translation>
    </message>
    <message>
        <source>À faire maintenant</source>
        <translation>Due now</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="86"/>
        <source>Création du PDF…</source>
        <translation>Creating the PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="89"/>
        <source>Enregistrer le PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="99"/>
        <source>Préparation globale</source>
        <translation>Overall readiness</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="129"/>
        <source>Vos actions</source>
        <translation>Your actions</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="155"/>
        <source>Aucune action pour l&apos;instant : répondez aux questions pour obtenir votre plan.</source>
        <translation>No actions yet: answer the questions to get your plan.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="175"/>
        <source>Plan de préparation — %1</source>
        <translation>Readiness plan — %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_page.py" line="180"/>
        <source>%n question(s) sans réponse — &lt;a href=&quot;#&quot;&gt;y répondre&lt;/a&gt;</source>
        <translation>
            <numerusform>%n unanswered question — &lt;a href=&quot;#&quot;&gt;answer it&lt;/a&gt;</numerusform>
            <numerusform>%n unanswered questions — &lt;a href=&quot;#&quot;&gt;answer them&lt;/a&gt;</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="198"/>
        <source>Non évalué</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="205"/>
        <source>À régler avant de demander l&apos;affiliation au paiement</source>
        <translation>To fix before you apply for card payments</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/plan_page.py" line="214"/>
        <source>… et %n autre(s), marquée(s) ⚠ dans la liste ci-dessous</source>
        <translation>
            <numerusform>… and %n more, marked ⚠ in the list below</numerusform>
            <numerusform>… and %n more, marked ⚠ in the list below</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="219"/>
        <source>Aucun point bloquant pour l&apos;affiliation parmi vos réponses.</source>
        <translation>Nothing in your answers blocks card payment acceptance.</translation>
    </message>
    <message>
        <location filename="../../ui/plan_page.py" line="278"/>
        <source>Il manque : %1</source>
        <translation>Still missing: %1</translation>
    </message>
    <message>
        <source>Actions du plan</source>
        <translation>Actions of the plan</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/profile_page.py" line="143"/>
        <source>Ces informations décident des questions qui vous concernent. Seul le nom est obligatoire ; vous pourrez tout modifier plus tard.</source>
        <translation>This information decides which questions concern you. Only the name is required; you can change everything later.</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="182"/>
        <location filename="../../ui/profile_page.py" line="236"/>
        <source>Profil de l&apos;entreprise</source>
        <translation>Business profile</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="182"/>
        <source>Nouvelle entreprise</source>
        <translation>New business</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="231"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/profile_page.py" line="231"/>
        <source>Le profil n&apos;a pas été enregistré.</source>
        <translation>The profile was not saved.</translation>
    </message>
    <message>
        <source>Annuler la création</source>
        <translation>Cancel this new business</translation>
    </message>
</context>
<context>
    <name>QuestionWidget</name>
    <message>
        <source>Déjà indiqué dans votre profil : %1. Répondez seulement si c'est à corriger.</source>
        <translation>Already given in your profile: %1. Answer only if it needs correcting.</translation>
    </message>
    <message>
        <source>✎ Votre note</source>
        <translation>✎ Your note</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="228"/>
        <source>Les mots soulignés ouvrent leur définition (Tab pour y aller, puis Entrée).</source>
        <translation>Underlined words open their definition (Tab to reach them, then Enter).</translation>
    </message>
    <message>
        <source>Note sur cette réponse</source>
        <translation>Note on this answer</translation>
    </message>
    <message>
        <source>Répondez d&apos;abord à la question pour ajouter une note</source>
        <translation>Answer the question first to add a note</translation>
    </message>
    <message>
        <source>Votre note (facultative) : à qui demander, ce qu&apos;il reste à vérifier… Elle figure dans le plan.</source>
        <translation>Your note (optional): who to ask, what is left to check… It appears in the plan.</translation>
    </message>
    <message>
        <source>✎ Ajouter une note</source>
        <translation>✎ Add a note</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="130"/>
        <source>Nécessaire pour l&apos;affiliation au paiement</source>
        <translation>Needed for card payment acceptance</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="175"/>
        <source>Enregistré ✓</source>
        <translation>Saved ✓</translation>
    </message>
    <message>
        <location filename="../../ui/question_widgets.py" line="179"/>
        <source>Non enregistré</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <location filename="../../ui/section_page.py" line="81"/>
        <source>Réponse non enregistrée</source>
        <translation>Answer not saved</translation>
    </message>
    <message>
        <location filename="../../ui/section_page.py" line="82"/>
        <source>Votre réponse n&apos;a pas pu être enregistrée.</source>
        <translation>Your answer could not be saved.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Importer / exporter</source>
        <translation>Import / export</translation>
    </message>
    <message>
        <source>Importer des fiches exportées sur un autre ordinateur, ou exporter l&apos;entreprise choisie</source>
        <translation>Import business files exported on another computer, or export the chosen business</translation>
    </message>
    <message>
        <source>Importer des fiches…</source>
        <translation>Import business files…</translation>
    </message>
    <message>
        <source>Exporter l&apos;entreprise choisie…</source>
        <translation>Export the chosen business…</translation>
    </message>
    <message>
        <source>L&apos;entreprise « %1 » a été supprimée.</source>
        <translation>The business “%1” was deleted.</translation>
    </message>
    <message>
        <source>copie</source>
        <comment>added to a copied name</comment>
        <translation>copy</translation>
    </message>
    <message>
        <source>Ville — statut juridique</source>
        <translation>City — legal status</translation>
    </message>
    <message>
        <source>Trier par :</source>
        <translation>Sort by:</translation>
    </message>
    <message>
        <source>Trier les entreprises par</source>
        <translation>Sort businesses by</translation>
    </message>
    <message>
        <source>Supprimer « %1 » et toutes ses réponses ? Vous pourrez l&apos;annuler juste après (Ctrl+Z).</source>
        <translation>Delete “%1” and all its answers? You can undo it right after (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Restauration impossible</source>
        <translation>Cannot restore</translation>
    </message>
    <message>
        <source>Renommer…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <source>Rechercher une entreprise par nom ou par ville</source>
        <translation>Search for a business by name or city</translation>
    </message>
    <message>
        <source>Rechercher par nom ou par ville…</source>
        <translation>Search by name or city…</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Dupliquer</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Crée une entreprise avec le même profil, les mêmes réponses et les mêmes notes ; toutes ses actions repartent « à faire »</source>
        <translation>Creates a business with the same profile, answers and notes; all its actions start again as “to do”</translation>
    </message>
    <message>
        <source>Copie impossible</source>
        <translation>Cannot duplicate</translation>
    </message>
    <message>
        <source>Aucune entreprise ne correspond à « %1 ».</source>
        <translation>No business matches “%1”.</translation>
    </message>
    <message>
        <source>Annuler la suppression</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <source>Annuler la suppression de « %1 »</source>
        <translation>Undo the deletion of “%1”</translation>
    </message>
    <message>
        <source>Remet l&apos;entreprise telle qu&apos;elle était (Ctrl+Z)</source>
        <translation>Puts the business back as it was (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Préparation (la plus faible d&apos;abord)</source>
        <translation>Readiness (lowest first)</translation>
    </message>
    <message>
        <source>L&apos;entreprise n&apos;a pas été dupliquée.</source>
        <translation>The business was not duplicated.</translation>
    </message>
    <message>
        <source>L&apos;entreprise n&apos;a pas pu être restaurée.</source>
        <translation>The business could not be restored.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="40"/>
        <source>Vos entreprises</source>
        <translation>Your businesses</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="46"/>
        <source>Cet assistant vous aide à préparer votre entreprise au paiement par carte ou en ligne, à la sécurité et à vos obligations légales. Vos réponses sont enregistrées sur cet ordinateur au fur et à mesure.</source>
        <translation>This assistant helps you prepare your business for card and online payments, for security and for your legal obligations. Your answers are saved on this computer as you go.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="56"/>
        <source>Aucune entreprise enregistrée pour l&apos;instant. Cliquez sur « Nouvelle entreprise » pour commencer, ou sur « Essayer l&apos;exemple » pour découvrir l&apos;assistant avec une entreprise fictive.</source>
        <translation>No business saved yet. Click “New business” to start, or “Try the example” to discover the assistant with a made-up business.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>Entreprise</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>Préparation</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="69"/>
        <source>Dernière modification</source>
        <translation>Last changed</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="81"/>
        <source>Nouvelle entreprise</source>
        <translation>New business</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="85"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="88"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="92"/>
        <source>Essayer l&apos;exemple</source>
        <translation>Try the example</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="93"/>
        <source>Ajoute une entreprise fictive déjà remplie, pour découvrir l&apos;assistant</source>
        <translation>Adds a made-up business, already filled in, to discover the assistant</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="104"/>
        <source>Lecture impossible</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="104"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>The list of businesses could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="109"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="146"/>
        <source>Supprimer l&apos;entreprise</source>
        <translation>Delete the business</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="148"/>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="156"/>
        <source>Suppression impossible</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="156"/>
        <source>L&apos;entreprise n&apos;a pas été supprimée.</source>
        <translation>The business was not deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="179"/>
        <source>Exemple non ajouté</source>
        <translation>Example not added</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="179"/>
        <source>L&apos;entreprise d&apos;exemple n&apos;a pas été ajoutée.</source>
        <translation>The example business was not added.</translation>
    </message>
    <message>
        <source>Entreprises enregistrées</source>
        <translation>Saved businesses</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="209"/>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../ui/start_page.py" line="211"/>
        <source>Les ateliers de formation et leurs participants (Ctrl+Maj+T)</source>
        <translation>Training workshops and their participants (Ctrl+Shift+T)</translation>
    </message>
</context>
<context>
    <name>TextQuestion</name>
    <message>
        <location filename="../../ui/question_widgets.py" line="259"/>
        <source>Votre réponse (enregistrée quand vous quittez le champ)</source>
        <translation>Your answer (saved when you leave the field)</translation>
    </message>
</context>
<context>
    <name>Wizard</name>
    <message>
        <location filename="../../ui/wizard.py" line="353"/>
        <source>Questions répondues : %1 sur %2</source>
        <translation>Questions answered: %1 of %2</translation>
    </message>
    <message>
        <source>Entrée ou Ctrl+PgDown</source>
        <translation>Enter or Ctrl+PgDown</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="70"/>
        <source>Entreprises</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="72"/>
        <source>Revenir à la liste des entreprises</source>
        <translation>Back to the list of businesses</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="121"/>
        <source>Précédent</source>
        <translation>Previous</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="124"/>
        <location filename="../../ui/wizard.py" line="313"/>
        <source>Suivant</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="168"/>
        <source>Nouvelle entreprise</source>
        <translation>New business</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="176"/>
        <source>Profil de l&apos;entreprise</source>
        <translation>Business profile</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="191"/>
        <source>Plan de préparation</source>
        <translation>Readiness plan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="194"/>
        <source>Enregistrez d&apos;abord le profil</source>
        <translation>Save the profile first</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="221"/>
        <source>Lecture impossible</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="221"/>
        <source>Les réponses n&apos;ont pas pu être lues.</source>
        <translation>The answers could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="231"/>
        <source>Préparation : %1 — %2</source>
        <translation>Readiness: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="311"/>
        <source>Enregistrer et continuer</source>
        <translation>Save and continue</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="312"/>
        <source>Voir le plan</source>
        <translation>See the plan</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="319"/>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="319"/>
        <source>L&apos;étape en cours n&apos;a pas pu être enregistrée.</source>
        <translation>The current step could not be saved.</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="179"/>
        <source>L&apos;essentiel (parcours express)</source>
        <translation>Essentials (express path)</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="325"/>
        <source>Parcours express</source>
        <translation>Express path</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="326"/>
        <source>L&apos;essentiel : les questions qui décident de vos premières étapes</source>
        <translation>Essentials: the questions that decide your first steps</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="328"/>
        <source>Répondez à ces quelques questions pour obtenir un premier plan en quelques minutes. Les autres questions peuvent attendre : le plan dit ce qui reste sans réponse.</source>
        <translation>Answer these few questions to get a first plan in a few minutes. The other questions can wait: the plan shows what is still unanswered.</translation>
    </message>
    <message>
        <source>Étapes</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>Afficher ou masquer la liste des étapes</source>
        <translation>Show or hide the list of steps</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="218"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/wizard.py" line="219"/>
        <source>Revenir à l&apos;atelier « %1 »</source>
        <translation>Back to the workshop “%1”</translation>
    </message>
</context>
<context>
    <name>_ChoiceQuestion</name>
    <message>
        <source>Touche %1</source>
        <translation>Key %1</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>ActionsModel</name>
    <message>
        <source>%1 (en retard)</source>
        <translation>%1 (overdue)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Bloquant</source>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>Bloque l&apos;affiliation au paiement</source>
        <translation>Blocks payment acceptance</translation>
    </message>
    <message>
        <source>Date choisie par vous (Suppr : revenir à la date proposée)</source>
        <translation>Date you chose (Delete: back to the suggested date)</translation>
    </message>
    <message>
        <source>Date proposée par le plan (double-clic ou F2 pour la changer)</source>
        <translation>Date suggested by the plan (double-click or F2 to change it)</translation>
    </message>
    <message>
        <source>Non bloquant</source>
        <translation>Not a blocker</translation>
    </message>
    <message>
        <source>Pourquoi : %1</source>
        <translation>Why: %1</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Responsable</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Responsable proposé (double-clic ou F2 pour le changer)</source>
        <translation>Suggested owner (double-click or F2 to change)</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Due date</translation>
    </message>
</context>
<context>
    <name>QuickSwitcher</name>
    <message>
        <source>Rechercher une entreprise à ouvrir</source>
        <translation>Search for a business to open</translation>
    </message>
    <message>
        <source>Nom ou ville…</source>
        <translation>Name or city…</translation>
    </message>
    <message>
        <source>Lecture impossible</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <source>Entreprises</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <source>Effacer la recherche</source>
        <translation>Clear the search</translation>
    </message>
    <message>
        <source>Aucune entreprise ne correspond.</source>
        <translation>No business matches.</translation>
    </message>
    <message>
        <source>Aller à une entreprise</source>
        <translation>Go to a business</translation>
    </message>
    <message>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>The list of businesses could not be read.</translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Renommer</source>
        <translation>Rename</translation>
    </message>
    <message>
        <source>Nouveau nom :</source>
        <translation>New name:</translation>
    </message>
    <message>
        <source>Enregistrement impossible</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Renommer l&apos;entreprise</source>
        <translation>Rename the business</translation>
    </message>
    <message>
        <source>Nouveau nom de l&apos;entreprise</source>
        <translation>New name of the business</translation>
    </message>
    <message>
        <source>Le nom n&apos;a pas été changé.</source>
        <translation>The name was not changed.</translation>
    </message>
</context>
<context>
    <name>GlossaryWindow</name>
    <message>
        <location filename="../../ui/glossary_window.py" line="404"/>
        <source>Cette question n&apos;est pas posée ici : ouvrez une entreprise à qui elle s&apos;applique (son profil décide des questions posées).</source>
        <translation>This question is not asked here: open a business it applies to (its profile decides which questions are asked).</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="394"/>
        <source>Étape : %1</source>
        <translation>Step: %1</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="341"/>
        <source>Aucun terme ne correspond à votre recherche.</source>
        <translation>No term matches your search.</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="328"/>
        <source>Trouvé dans la définition</source>
        <translation>Found in the definition</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="326"/>
        <source>Trouvé dans une autre langue : %1</source>
        <translation>Found in another language: %1</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="295"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="281"/>
        <source>Aucune question n&apos;utilise ce terme.</source>
        <translation>No question uses this term.</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="277"/>
        <source>Ouvrir l&apos;étape de cette question dans l&apos;entreprise en cours (Entrée)</source>
        <translation>Open this question&apos;s step in the current business (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="275"/>
        <source>Aller à la question</source>
        <translation>Go to the question</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="258"/>
        <location filename="../../ui/glossary_window.py" line="263"/>
        <source>Questions qui utilisent ce terme</source>
        <translation>Questions that use this term</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="243"/>
        <source>Termes du glossaire</source>
        <translation>Glossary terms</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="229"/>
        <source>Accents et voyelles ne comptent pas. Flèches : choisir un terme. Échap : effacer, puis fermer.</source>
        <translation>Accents and vowel marks do not count. Arrows: choose a term. Esc: clear, then close.</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="227"/>
        <source>Rechercher dans le glossaire</source>
        <translation>Search the glossary</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="226"/>
        <source>Rechercher un terme (nom ou définition)</source>
        <translation>Search for a term (name or definition)</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="216"/>
        <source>Glossaire</source>
        <translation>Glossary</translation>
    </message>
</context>
<context>
    <name>TermPopup</name>
    <message>
        <location filename="../../ui/glossary_window.py" line="147"/>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="144"/>
        <source>Ouvrir le glossaire à ce terme (Ctrl+G : le glossaire)</source>
        <translation>Open the glossary at this term (Ctrl+G: the glossary)</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="143"/>
        <source>Voir dans le glossaire</source>
        <translation>See in the glossary</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="135"/>
        <source>Définition : %1</source>
        <translation>Definition: %1</translation>
    </message>
</context>
<context>
    <name>TermView</name>
    <message>
        <location filename="../../ui/glossary_window.py" line="118"/>
        <source>À confirmer auprès de votre banque ou d&apos;un juriste</source>
        <translation>To confirm with your bank or a lawyer</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="109"/>
        <source>Aucun terme choisi.</source>
        <translation>No term chosen.</translation>
    </message>
    <message>
        <location filename="../../ui/glossary_window.py" line="93"/>
        <source>Référence</source>
        <translation>Reference</translation>
    </message>
</context>
<context>
    <name>FieldEditor</name>
    <message>
        <location filename="../../ui/profile_page.py" line="161"/>
        <source>À vérifier : %1</source>
        <translation>To check: %1</translation>
    </message>
</context>
<context>
    <name>DatabaseProblem</name>
    <message>
        <source>entreprises : %1</source>
        <translation>businesses: %1</translation>
    </message>
    <message>
        <source>avant mise à jour</source>
        <translation>before an upgrade</translation>
    </message>
    <message>
        <source>copie du jour</source>
        <translation>daily copy</translation>
    </message>
    <message>
        <source>Vos données n'ont pas pu être ouvertes. Rien n'a été modifié.</source>
        <translation>Your data could not be opened. Nothing was changed.</translation>
    </message>
    <message>
        <source>Le fichier est endommagé. Vous pouvez reprendre une copie de sauvegarde automatique ou commencer un nouveau fichier : le fichier endommagé est gardé à part, sous un autre nom.</source>
        <translation>The file is damaged. You can go back to an automatic backup copy or start a new file: the damaged file is kept aside under another name.</translation>
    </message>
    <message>
        <source>Aucune copie de sauvegarde n'a été trouvée.</source>
        <translation>No backup copy was found.</translation>
    </message>
    <message>
        <source>Base de données inutilisable</source>
        <translation>Database unusable</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde…</source>
        <translation>Restore a backup…</translation>
    </message>
    <message>
        <source>Commencer un nouveau fichier</source>
        <translation>Start a new file</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Quitter</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Copie à reprendre (la plus récente en premier) :</source>
        <translation>Copy to go back to (the newest first):</translation>
    </message>
    <message>
        <source>La copie de sauvegarde a été restaurée.</source>
        <translation>The backup copy was restored.</translation>
    </message>
    <message>
        <source>Un nouveau fichier vide va être commencé.</source>
        <translation>A new, empty file will be started.</translation>
    </message>
    <message>
        <source>Le fichier endommagé est conservé ici : %1</source>
        <translation>The damaged file is kept here: %1</translation>
    </message>
    <message>
        <source>Base de données</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Cela n'a pas pu être fait.</source>
        <translation>That could not be done.</translation>
    </message>
</context>
<context>
    <name>AddParticipantsDialog</name>
    <message>
        <location filename="../../ui/workshop_page.py" line="603"/>
        <source>Ajouter des entreprises à l&apos;atelier</source>
        <translation>Add businesses to the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="609"/>
        <source>Rechercher par nom ou par ville…</source>
        <translation>Search by name or city…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="609"/>
        <source>Rechercher une entreprise par nom ou par ville</source>
        <translation>Search for a business by name or city</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="614"/>
        <source>Entreprises à ajouter</source>
        <translation>Businesses to add</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="617"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="627"/>
        <source>Toutes les entreprises enregistrées sont déjà dans l&apos;atelier.</source>
        <translation>Every saved business is already in the workshop.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="629"/>
        <source>Cochez les entreprises qui participent (Espace coche celle qui est choisie).</source>
        <translation>Tick the businesses taking part (Space ticks the one chosen).</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="633"/>
        <location filename="../../ui/workshop_page.py" line="665"/>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="634"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="665"/>
        <source>Ajouter (%n)</source>
        <translation>
            <numerusform>Add (%n)</numerusform>
            <numerusform>Add (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../../ui/workshop_page.py" line="121"/>
        <source>Entreprise</source>
        <translation>Business</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="122"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="123"/>
        <source>Préparation</source>
        <translation>Readiness</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="124"/>
        <source>Points bloquants</source>
        <translation>Blocking points</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="125"/>
        <source>Actions faites</source>
        <translation>Actions done</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="126"/>
        <source>Depuis le dernier atelier</source>
        <translation>Since the last workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="127"/>
        <source>Consentement</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="140"/>
        <source>Premier atelier</source>
        <translation>First workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="275"/>
        <source>%1 (+%2 à vérifier)</source>
        <translation>%1 (+%2 to check)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="153"/>
        <source>Consentement non recueilli</source>
        <translation>Consent not recorded</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="153"/>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="155"/>
        <source>Consentement donné le %1</source>
        <translation>Consent given on %1</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="172"/>
        <source>Questions répondues sur celles qui s&apos;appliquent à l&apos;entreprise</source>
        <translation>Questions answered out of those that apply to the business</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="173"/>
        <source>Actions qui bloquent l&apos;objectif de l&apos;entreprise et ne sont pas faites</source>
        <translation>Actions that block the business&apos;s goal and are not done</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="174"/>
        <source>Accord du participant pour que ses données soient gardées ici (loi 09-08)</source>
        <translation>The participant&apos;s agreement that their data be kept here (law 09-08)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="200"/>
        <source>%n question(s) sans réponse peuvent encore bloquer</source>
        <translation>
            <numerusform>%n unanswered question can still block</numerusform>
            <numerusform>%n unanswered questions can still block</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="204"/>
        <source>Double-clic ou Entrée : ouvrir cette entreprise</source>
        <translation>Double-click or Enter: open this business</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="221"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) répondue(s) sur %1</source>
        <translation>
            <numerusform>%n question answered out of %1</numerusform>
            <numerusform>%n questions answered out of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="234"/>
        <source>%n action(s) bloquante(s)</source>
        <translation>
            <numerusform>%n blocking action</numerusform>
            <numerusform>%n blocking actions</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="239"/>
        <source>%1 actions faites sur %2</source>
        <translation>%1 actions done out of %2</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <location filename="../../ui/workshops_page.py" line="253"/>
        <source>Nouvel atelier</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="253"/>
        <source>Modifier l&apos;atelier</source>
        <translation>Edit the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="262"/>
        <source>Nom de l&apos;atelier (obligatoire)</source>
        <translation>Name of the workshop (required)</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="267"/>
        <source>Sans date</source>
        <translation>No date</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="270"/>
        <source>Date de l&apos;atelier</source>
        <translation>Date of the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="273"/>
        <source>Lieu de l&apos;atelier</source>
        <translation>Place of the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="274"/>
        <source>Formateur ou formatrice</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="276"/>
        <source>&amp;Nom :</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="277"/>
        <source>&amp;Date :</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="278"/>
        <source>&amp;Lieu :</source>
        <translation>&amp;Place:</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="279"/>
        <source>&amp;Formateur :</source>
        <translation>&amp;Trainer:</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="296"/>
        <source>Créer l&apos;atelier</source>
        <translation>Create the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="296"/>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="299"/>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="338"/>
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="338"/>
        <source>L&apos;atelier n&apos;a pas été enregistré.</source>
        <translation>The workshop was not saved.</translation>
    </message>
</context>
<context>
    <name>WorkshopPage</name>
    <message>
        <source>Ses réponses dans un fichier, pour le participant ou un autre ordinateur</source>
        <translation>Their answers in a file, for the participant or another computer</translation>
    </message>
    <message>
        <source>Exporter sa fiche…</source>
        <translation>Export their file…</translation>
    </message>
    <message>
        <source>La synthèse de l'atelier pour la chambre, anonyme par défaut</source>
        <translation>The workshop's summary for the chamber, anonymous by default</translation>
    </message>
    <message>
        <source>Synthèse…</source>
        <translation>Summary…</translation>
    </message>
    <message>
        <source>Un PDF par participant, dans un dossier, et leur progrès enregistré</source>
        <translation>One PDF per participant, in a folder, with their progress recorded</translation>
    </message>
    <message>
        <source>Plans de tous…</source>
        <translation>Everyone's plans…</translation>
    </message>
    <message>
        <source>Les fiches apportées par les participants (clé USB) rejoignent l'atelier</source>
        <translation>Files brought by participants (USB stick) join the workshop</translation>
    </message>
    <message>
        <source>Importer des fiches…</source>
        <translation>Import business files…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="299"/>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="299"/>
        <source>Revenir à la liste des ateliers</source>
        <translation>Back to the list of workshops</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="313"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="314"/>
        <source>Changer le nom, la date, le lieu ou le formateur de l&apos;atelier</source>
        <translation>Change the workshop&apos;s name, date, place or trainer</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="322"/>
        <source>Ajouter des entreprises…</source>
        <translation>Add businesses…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="324"/>
        <source>Choisir parmi les entreprises déjà enregistrées</source>
        <translation>Choose among the businesses already saved</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="327"/>
        <source>Nouvelle entreprise…</source>
        <translation>New business…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="328"/>
        <source>Créer une entreprise qui rejoint cet atelier</source>
        <translation>Create a business that joins this workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="336"/>
        <source>Consentement (loi 09-08) : cochez-le quand le participant accepte que les données de son entreprise soient gardées sur cet ordinateur pour l&apos;accompagner. Il peut le retirer, et demander que tout soit supprimé.</source>
        <translation>Consent (law 09-08): tick it when the participant agrees that their business&apos;s data be kept on this computer to support them. They can withdraw it, and ask for everything to be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="347"/>
        <source>Personne dans cet atelier pour l&apos;instant : ajoutez des entreprises déjà enregistrées, ou créez-en une.</source>
        <translation>Nobody in this workshop yet: add businesses already saved, or create one.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="357"/>
        <source>Participants de l&apos;atelier</source>
        <translation>Workshop participants</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="379"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="380"/>
        <source>Ouvrir cette entreprise (double-clic ou Entrée dans le tableau)</source>
        <translation>Open this business (double-click or Enter in the table)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="387"/>
        <source>Retirer de l&apos;atelier</source>
        <translation>Remove from the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="388"/>
        <source>L&apos;entreprise reste dans la liste des entreprises, avec ses réponses</source>
        <translation>The business stays in the list of businesses, with its answers</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="392"/>
        <source>Supprimer ses données…</source>
        <translation>Delete its data…</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="394"/>
        <source>Effacer complètement l&apos;entreprise et ses réponses, à sa demande</source>
        <translation>Erase the business and its answers completely, at its request</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="424"/>
        <location filename="../../ui/workshop_page.py" line="534"/>
        <source>Lecture impossible</source>
        <translation>Could not read</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="424"/>
        <source>L&apos;atelier n&apos;a pas pu être lu.</source>
        <translation>The workshop could not be read.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/workshop_page.py" line="428"/>
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="484"/>
        <source>Retirer le consentement</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="484"/>
        <source>Consentement donné</source>
        <translation>Consent given</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="486"/>
        <source>Le participant retire son accord</source>
        <translation>The participant withdraws their agreement</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="486"/>
        <source>Le participant accepte, aujourd&apos;hui</source>
        <translation>The participant agrees, today</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="514"/>
        <source>Enregistrement impossible</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="514"/>
        <source>Le consentement n&apos;a pas été noté.</source>
        <translation>The consent was not recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="534"/>
        <source>La liste des entreprises n&apos;a pas pu être lue.</source>
        <translation>The list of businesses could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="547"/>
        <source>Ajout impossible</source>
        <translation>Could not add</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="547"/>
        <source>Des entreprises n&apos;ont pas été ajoutées.</source>
        <translation>Some businesses were not added.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="559"/>
        <source>Retrait impossible</source>
        <translation>Could not remove</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="559"/>
        <source>L&apos;entreprise est restée dans l&apos;atelier.</source>
        <translation>The business stayed in the workshop.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="571"/>
        <source>Supprimer toutes les données de l&apos;entreprise</source>
        <translation>Delete all of the business&apos;s data</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="573"/>
        <source>Supprimer complètement « %1 » ? Son profil, ses réponses, ses notes, le suivi de ses actions et son consentement sont effacés de la base de données de ce programme sur cet ordinateur (effacement sécurisé : les données sont écrasées), de tous les ateliers, et des copies de sauvegarde automatiques du dossier des sauvegardes.

Cette suppression ne peut pas être annulée. Les PDF et les fichiers d&apos;échange déjà enregistrés ou remis ne sont pas concernés : ils doivent être supprimés séparément.</source>
        <translation>Delete “%1” completely? Its profile, answers, notes, action tracking and consent are erased from this program&apos;s database on this computer (secure delete: the data is overwritten), from every workshop, and from the automatic backup copies in the backups folder.

This deletion cannot be undone. PDFs and exchange files already saved or handed out are not affected: they must be deleted separately.</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="579"/>
        <source>Supprimer définitivement</source>
        <translation>Delete for good</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="757"/>
        <source>« %1 » : données supprimées</source>
        <translation>“%1”: data deleted</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="756"/>
        <source>(sans nom)</source>
        <translation>(no name)</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="588"/>
        <source>Suppression impossible</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location filename="../../ui/workshop_page.py" line="588"/>
        <source>L&apos;entreprise n&apos;a pas été supprimée.</source>
        <translation>The business was not deleted.</translation>
    </message>
</context>
<context>
    <name>WorkshopsPage</name>
    <message>
        <location filename="../../ui/workshops_page.py" line="85"/>
        <source>Entreprises</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="85"/>
        <source>Revenir à la liste des entreprises</source>
        <translation>Back to the list of businesses</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="90"/>
        <location filename="../../ui/workshops_page.py" line="109"/>
        <source>Ateliers</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="96"/>
        <source>Un atelier réunit les entreprises d&apos;une séance de formation : un tableau montre la progression de chacune, et vous passez de l&apos;une à l&apos;autre en un double-clic.</source>
        <translation>A workshop brings together the businesses of one training session: a table shows how far each has come, and a double-click takes you from one to the next.</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="103"/>
        <source>Aucun atelier pour l&apos;instant. Cliquez sur « Nouvel atelier » pour en créer un.</source>
        <translation>No workshop yet. Click “New workshop” to create one.</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="113"/>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="113"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="113"/>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="113"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="126"/>
        <source>Nouvel atelier…</source>
        <translation>New workshop…</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="130"/>
        <source>Ouvrir</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="133"/>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="136"/>
        <source>Supprimer…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="137"/>
        <source>Supprime l&apos;atelier ; ses entreprises restent</source>
        <translation>Deletes the workshop; its businesses stay</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="154"/>
        <source>Lecture impossible</source>
        <translation>Could not read</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="154"/>
        <source>La liste des ateliers n&apos;a pas pu être lue.</source>
        <translation>The list of workshops could not be read.</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="224"/>
        <location filename="../../ui/workshops_page.py" line="229"/>
        <source>Supprimer l&apos;atelier</source>
        <translation>Delete the workshop</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="226"/>
        <source>Supprimer l&apos;atelier « %1 » ? Ses entreprises restent dans la liste des entreprises, avec leurs réponses.</source>
        <translation>Delete the workshop “%1”? Its businesses stay in the list of businesses, with their answers.</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="237"/>
        <source>Suppression impossible</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location filename="../../ui/workshops_page.py" line="237"/>
        <source>L&apos;atelier n&apos;a pas été supprimé.</source>
        <translation>The workshop was not deleted.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>La copie rejoint aussi cet atelier : si c&apos;est la même entreprise, elle y comptera deux fois.</source>
        <translation>The copy joins this workshop too: if it is the same business, it will count twice there.</translation>
    </message>
    <message>
        <source>Entreprise déjà présente</source>
        <translation>Business already here</translation>
    </message>
    <message>
        <source>La fiche « %1 » est celle de « %2 », déjà présente ici. Que faire ?</source>
        <translation>The file “%1” is that of “%2”, already here. What should be done?</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Réponse par réponse, la plus récente gagne ; les différences sont listées à la fin. Rien de ce qui n&apos;est qu&apos;ici n&apos;est perdu.</source>
        <translation>Answer by answer, the more recent one wins; the differences are listed at the end. Nothing that is only here is lost.</translation>
    </message>
    <message>
        <source>Garder les deux</source>
        <translation>Keep both</translation>
    </message>
    <message>
        <source>La fiche est ajoutée à côté, sous un autre nom ; celle d&apos;ici ne change pas.</source>
        <translation>The file is added beside it, under another name; the one here does not change.</translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Celle d&apos;ici est remplacée par la fiche : ses réponses, notes et actions d&apos;ici sont perdues.</source>
        <translation>The one here is replaced by the file: its answers, notes and actions here are lost.</translation>
    </message>
    <message>
        <source>Ignorer</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Rien n&apos;est importé de cette fiche ; celle d&apos;ici ne change pas.</source>
        <translation>Nothing is imported from this file; the one here does not change.</translation>
    </message>
    <message>
        <source>Faire de même pour les autres entreprises déjà présentes</source>
        <translation>Do the same for the other businesses already here</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Arrêter l&apos;import</source>
        <translation>Stop importing</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Exporter la fiche de l&apos;entreprise</source>
        <translation>Export the business&apos;s file</translation>
    </message>
    <message>
        <source>Un fichier avec tout ce qui concerne « %1 » (profil, réponses, notes, actions) : pour le reprendre sur un autre ordinateur, ou le remettre à la personne concernée.</source>
        <translation>A file with everything about “%1” (profile, answers, notes, actions): to carry on with it on another computer, or to hand it to the person concerned.</translation>
    </message>
    <message>
        <source>Il contient des données personnelles. Sur une clé USB, protégez-le par une phrase secrète : sans elle, personne ne peut le lire.</source>
        <translation>It holds personal data. On a USB stick, protect it with a passphrase: without it, nobody can read it.</translation>
    </message>
    <message>
        <source>Protéger par une phrase secrète</source>
        <translation>Protect with a passphrase</translation>
    </message>
    <message>
        <source>Phrase secrète :</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>La même, encore :</source>
        <translation>The same, again:</translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Les deux phrases secrètes ne sont pas les mêmes.</source>
        <translation>The two passphrases are not the same.</translation>
    </message>
    <message>
        <source>Fiche - %1.mra</source>
        <translation>Business - %1.mra</translation>
    </message>
    <message>
        <source>Fiche - %1.json</source>
        <translation>Business - %1.json</translation>
    </message>
    <message>
        <source>Fiche exportée</source>
        <translation>File exported</translation>
    </message>
    <message>
        <source>La fiche de « %1 » est enregistrée.</source>
        <translation>The file of “%1” is saved.</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Fiche non exportée</source>
        <translation>File not exported</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas été écrit.</source>
        <translation>The file was not written.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>(vide)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>Note : %1</source>
        <translation>Note: %1</translation>
    </message>
    <message>
        <source>Importer des fiches</source>
        <translation>Import business files</translation>
    </message>
    <message>
        <source>Avancement de l&apos;import</source>
        <translation>Import progress</translation>
    </message>
    <message>
        <source>Compte rendu de l&apos;import</source>
        <translation>Import report</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Le fichier en cours finit d&apos;être importé ; les suivants ne le sont pas</source>
        <translation>The file in hand finishes importing; the next ones are not imported</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Import du fichier %1 sur %2 : %3</source>
        <translation>Importing file %1 of %2: %3</translation>
    </message>
    <message>
        <source>Erreur inattendue (voir le journal).</source>
        <translation>Unexpected error (see the log).</translation>
    </message>
    <message>
        <source>Protégé : phrase secrète erronée, fichier ignoré.</source>
        <translation>Protected: wrong passphrase, file skipped.</translation>
    </message>
    <message>
        <source>Protégé : phrase secrète non donnée.</source>
        <translation>Protected: passphrase not given.</translation>
    </message>
    <message>
        <source>Import arrêté avant ce fichier.</source>
        <translation>Import stopped before this file.</translation>
    </message>
    <message>
        <source>Non importé : import arrêté.</source>
        <translation>Not imported: import stopped.</translation>
    </message>
    <message numerus="yes">
        <source>%n fiche(s) ajoutée(s)</source>
        <translation>
            <numerusform>%n business added</numerusform>
            <numerusform>%n businesses added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mise(s) à jour</source>
        <translation>
            <numerusform>%n updated</numerusform>
            <numerusform>%n updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n non importée(s)</source>
        <translation>
            <numerusform>%n not imported</numerusform>
            <numerusform>%n not imported</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (fichier « %2 »)</source>
        <translation>%1 (file “%2”)</translation>
    </message>
    <message>
        <source>Fichier « %1 » : %2</source>
        <translation>File “%1”: %2</translation>
    </message>
    <message>
        <source>Ajoutées</source>
        <translation>Added</translation>
    </message>
    <message>
        <source>Ajoutées à côté de celle déjà ici (les deux gardées)</source>
        <translation>Added beside the one already here (both kept)</translation>
    </message>
    <message>
        <source>Remplacées par la fiche</source>
        <translation>Replaced by the file</translation>
    </message>
    <message>
        <source>%1 : ici « %2 », dans la fiche « %3 » — gardée : la valeur d&apos;ici (plus récente)</source>
        <translation>%1: here “%2”, in the file “%3” — kept: the value here (more recent)</translation>
    </message>
    <message>
        <source>%1 : ici « %2 », dans la fiche « %3 » — gardée : la valeur de la fiche (plus récente)</source>
        <translation>%1: here “%2”, in the file “%3” — kept: the file&apos;s value (more recent)</translation>
    </message>
    <message>
        <source>Différences (la plus récente gagne) :</source>
        <translation>Differences (the more recent wins):</translation>
    </message>
    <message>
        <source>Fusionnées</source>
        <translation>Merged</translation>
    </message>
    <message>
        <source>Ignorées (déjà ici, laissées telles quelles)</source>
        <translation>Skipped (already here, left as they were)</translation>
    </message>
    <message>
        <source>Non importées</source>
        <translation>Not imported</translation>
    </message>
    <message numerus="yes">
        <source>%n identique(s) : rien n&apos;a changé</source>
        <translation>
            <numerusform>%n identical: nothing changed</numerusform>
            <numerusform>%n identical: nothing changed</numerusform>
        </translation>
    </message>
    <message>
        <source>Identiques : rien n&apos;a changé (rien de plus récent dans la fiche)</source>
        <translation>Identical: nothing changed (nothing more recent in the file)</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Fichier protégé</source>
        <translation>Protected file</translation>
    </message>
    <message>
        <source>Le fichier « %1 » est protégé par une phrase secrète. Tapez-la pour l&apos;importer :</source>
        <translation>The file “%1” is protected by a passphrase. Type it to import the file:</translation>
    </message>
    <message>
        <source>Phrase secrète du fichier</source>
        <translation>The file&apos;s passphrase</translation>
    </message>
    <message>
        <source>Phrase secrète erronée (ou le fichier a été modifié depuis). Réessayez, ou ignorez ce fichier.</source>
        <translation>Wrong passphrase (or the file was changed since). Try again, or skip this file.</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Ignorer ce fichier</source>
        <translation>Skip this file</translation>
    </message>
</context>
<context>
    <name>WorkshopActions</name>
    <message>
        <source>Importer des fiches d&apos;entreprise</source>
        <translation>Import business files</translation>
    </message>
    <message>
        <source>Tous les fichiers (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Lecture impossible</source>
        <translation>Cannot read</translation>
    </message>
    <message>
        <source>La liste des ateliers n&apos;a pas pu être lue.</source>
        <translation>The list of workshops could not be read.</translation>
    </message>
    <message>
        <source>Aucun atelier</source>
        <translation>No workshop</translation>
    </message>
    <message>
        <source>Aucun atelier n&apos;est enregistré pour l&apos;instant.</source>
        <translation>No workshop is saved yet.</translation>
    </message>
    <message>
        <source>Créez-en un (menu Ateliers, « Nouvel atelier… »), puis ajoutez-y les participants.</source>
        <translation>Create one (Workshops menu, &quot;New workshop…&quot;), then add the participants to it.</translation>
    </message>
    <message>
        <source>Fiches d&apos;entreprise (*.json *.mra *.yaml *.yml)</source>
        <translation>Business files (*.json *.mra *.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>WorkshopChooser</name>
    <message>
        <source>Choisir un atelier</source>
        <translation>Choose a workshop</translation>
    </message>
    <message>
        <source>&amp;Atelier :</source>
        <translation>&amp;Workshop:</translation>
    </message>
    <message>
        <source>Atelier</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <source>Continuer</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>WorkshopPlansDialog</name>
    <message>
        <source>Plans de tous les participants</source>
        <translation>Plans for every participant</translation>
    </message>
    <message numerus="yes">
        <source>Un PDF par participant de l&apos;atelier « %1 » (%n participant(s)).</source>
        <translation>
            <numerusform>One PDF for each participant of the workshop “%1” (%n participant).</numerusform>
            <numerusform>One PDF for each participant of the workshop “%1” (%n participants).</numerusform>
        </translation>
    </message>
    <message>
        <source>Plans - %1</source>
        <comment>folder of a workshop&apos;s plans; %1: the workshop</comment>
        <translation>Plans - %1</translation>
    </message>
    <message>
        <source>Dossier des plans</source>
        <translation>Folder for the plans</translation>
    </message>
    <message>
        <source>Choisir le dossier des plans</source>
        <translation>Choose the folder for the plans</translation>
    </message>
    <message>
        <source>Dossier :</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>Langue des plans</source>
        <translation>Language of the plans</translation>
    </message>
    <message>
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Format des plans</source>
        <translation>Format of the plans</translation>
    </message>
    <message>
        <source>Le plan en bref (deux pages)</source>
        <translation>The plan in brief (two pages)</translation>
    </message>
    <message>
        <source>Le plan complet</source>
        <translation>The full plan</translation>
    </message>
    <message>
        <source>Format :</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Avancement des plans</source>
        <translation>Progress of the plans</translation>
    </message>
    <message>
        <source>Plans non écrits</source>
        <translation>Plans not written</translation>
    </message>
    <message>
        <source>Créer les plans</source>
        <translation>Create the plans</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Arrêter</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Plans non créés</source>
        <translation>Plans not created</translation>
    </message>
    <message>
        <source>Aucun plan n&apos;a été écrit.</source>
        <translation>No plan was written.</translation>
    </message>
    <message>
        <source>L&apos;atelier n&apos;a encore aucun participant.</source>
        <translation>The workshop has no participants yet.</translation>
    </message>
    <message>
        <source>Préparation des plans…</source>
        <translation>Preparing the plans…</translation>
    </message>
    <message>
        <source>Arrêt après les plans en cours…</source>
        <translation>Stopping after the plans in hand…</translation>
    </message>
    <message>
        <source>Progrès non enregistré</source>
        <translation>Progress not saved</translation>
    </message>
    <message>
        <source>Les plans sont écrits, mais le point de progrès de l&apos;atelier n&apos;a pas pu être enregistré.</source>
        <translation>The plans are written, but the workshop&apos;s progress point could not be saved.</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) écrit(s)</source>
        <translation>
            <numerusform>%n plan written</numerusform>
            <numerusform>%n plans written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) non écrit(s)</source>
        <translation>
            <numerusform>%n plan not written</numerusform>
            <numerusform>%n plans not written</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>arrêté : %n plan(s) non commencé(s)</source>
        <translation>
            <numerusform>stopped: %n plan not started</numerusform>
            <numerusform>stopped: %n plans not started</numerusform>
        </translation>
    </message>
    <message>
        <source>Plan de « %1 » : %2</source>
        <translation>Plan of “%1”: %2</translation>
    </message>
    <message>
        <source>Les plans n&apos;ont pas été écrits.</source>
        <translation>The plans were not written.</translation>
    </message>
    <message>
        <source>Plans déjà dans ce dossier</source>
        <translation>Plans already in this folder</translation>
    </message>
    <message numerus="yes">
        <source>%n plan(s) déjà dans ce dossier seront remplacés.</source>
        <translation>
            <numerusform>%n plan already in this folder will be replaced.</numerusform>
            <numerusform>%n plans already in this folder will be replaced.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remplacer</source>
        <translation>Replace</translation>
    </message>
    <message>
        <source>Choisir un autre dossier…</source>
        <translation>Choose another folder…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recommencer…</source>
        <translation>Start again…</translation>
    </message>
</context>
<context>
    <name>WorkshopSummaryDialog</name>
    <message>
        <source>Synthèse de l&apos;atelier</source>
        <translation>Workshop summary</translation>
    </message>
    <message>
        <source>Pour l&apos;atelier « %1 » : combien d&apos;entreprises sont prêtes par module, les blocages et les manques les plus fréquents, quoi enseigner ensuite.</source>
        <translation>For the workshop “%1”: how many businesses are ready per module, the most common blockers and gaps, what to teach next.</translation>
    </message>
    <message>
        <source>Langue de la synthèse</source>
        <translation>Language of the summary</translation>
    </message>
    <message>
        <source>Langue :</source>
        <translation>Language:</translation>
    </message>
    <message>
        <source>Montrer le nom des entreprises</source>
        <translation>Show the businesses&apos; names</translation>
    </message>
    <message>
        <source>Sans les noms, la synthèse peut être remise à la chambre ou affichée sans révéler qui en est où : les noms sont des données personnelles (loi 09-08).</source>
        <translation>Without the names, the summary can be handed to the chamber or shown without revealing who stands where: names are personal data (law 09-08).</translation>
    </message>
    <message>
        <source>Aussi un tableur CSV pour les statistiques de la chambre</source>
        <translation>Also a CSV spreadsheet for the chamber&apos;s statistics</translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Synthèse - %1.pdf</source>
        <translation>Summary - %1.pdf</translation>
    </message>
    <message>
        <source>Document PDF (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Synthèse non enregistrée</source>
        <translation>Summary not saved</translation>
    </message>
    <message>
        <source>Rien n&apos;a été écrit.</source>
        <translation>Nothing was written.</translation>
    </message>
    <message>
        <source>Création de la synthèse…</source>
        <translation>Creating the summary…</translation>
    </message>
    <message>
        <source>Enregistré : %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <source>Le fichier n&apos;a pas pu être écrit.</source>
        <translation>The file could not be written.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <extracomment>The interface reads left to right: Qt lays the first window out from this, before the program sets it (ui.app).</extracomment>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
    </message>
</context>
</TS>
