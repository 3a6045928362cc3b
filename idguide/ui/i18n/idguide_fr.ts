<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Taille du texte</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Taille de texte &amp;normale</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>C&amp;ouleurs</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Suivre le &amp;système</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>S&amp;ombre</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Contraste é&amp;levé</translation>
    </message>
</context>
<context>
    <name>CategoryBrowser</name>
    <message>
        <source>Type to narrow the list</source>
        <translation>Tapez pour restreindre la liste</translation>
    </message>
    <message>
        <source>Narrow the categories</source>
        <translation>Restreindre les catégories</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>Parcourir par catégorie</translation>
    </message>
    <message>
        <source>Up and Down choose a category, Enter lists its products.</source>
        <translation>Haut et Bas choisissent une catégorie, Entrée liste ses produits.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>As genuine</source>
        <translation>Comme l&apos;authentique</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Diffère</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Impossible à dire</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Likely genuine</source>
        <translation>Probablement authentique</translation>
    </message>
    <message>
        <source>Suspected counterfeit</source>
        <translation>Contrefaçon présumée</translation>
    </message>
    <message>
        <source>current</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>updated since</source>
        <translation>mise à jour depuis</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation>RETIRÉE</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimée</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Point</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>The entry lists no authentication features.</source>
        <translation>L&apos;entrée ne liste aucun point d&apos;authentification.</translation>
    </message>
    <message>
        <source>Feature {0} found</source>
        <translation>Point {0}&#xa0;: constat</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Ce que vous avez vu</translation>
    </message>
    <message>
        <source>Feature {0} comment</source>
        <translation>Point {0}&#xa0;: commentaire</translation>
    </message>
    <message>
        <source>Genuine: {0}</source>
        <translation>Authentique&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Counterfeit: {0}</source>
        <translation>Contrefaçon&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>YOUR PHOTO</source>
        <translation>VOTRE PHOTO</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>No genuine picture in this entry.</source>
        <translation>Aucune image authentique dans cette entrée.</translation>
    </message>
    <message>
        <source>Counterfeit or your photo</source>
        <translation>Contrefaçon ou votre photo</translation>
    </message>
    <message>
        <source>No counterfeit picture in this entry.

Open your own photo (Ctrl+O) or drop it here to compare.</source>
        <translation>Aucune image de contrefaçon dans cette entrée.

Ouvrez votre propre photo (Ctrl+O) ou déposez-la ici pour comparer.</translation>
    </message>
    <message>
        <source>← &amp;Back (Esc)</source>
        <translation>← &amp;Retour (Échap)</translation>
    </message>
    <message>
        <source>&amp;Synchronise zoom and pan</source>
        <translation>&amp;Synchroniser zoom et déplacement</translation>
    </message>
    <message>
        <source>&amp;Open your photo… (Ctrl+O)</source>
        <translation>&amp;Ouvrir votre photo… (Ctrl+O)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Dézoomer (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Zoomer (+)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>The whole picture (F)</source>
        <translation>L&apos;image entière (F)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100&#xa0;%</translation>
    </message>
    <message>
        <source>One picture pixel per screen pixel (A)</source>
        <translation>Un pixel de l&apos;image par pixel d&apos;écran (A)</translation>
    </message>
    <message>
        <source>Authentication features</source>
        <translation>Points d&apos;authentification</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Compare: {0} {1}</source>
        <translation>Comparer&#xa0;: {0} {1}</translation>
    </message>
    <message>
        <source>Open your photo</source>
        <translation>Ouvrir votre photo</translation>
    </message>
    <message>
        <source>Your photo: {0}</source>
        <translation>Votre photo&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Open a product first, then drop your photo on it to compare.</source>
        <translation>Ouvrez d&apos;abord un produit, puis déposez-y votre photo pour comparer.</translation>
    </message>
</context>
<context>
    <name>Entering</name>
    <message numerus="yes">
        <source>%n product(s) carry barcode {0}: choose one</source>
        <translation>
            <numerusform>%n produit porte le code-barres {0}&#xa0;: choisissez-le</numerusform>
            <numerusform>%n produits portent le code-barres {0}&#xa0;: choisissez-en un</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found for {0}: choose one with Up/Down and Enter</source>
        <translation>
            <numerusform>%n trouvé pour {0}&#xa0;: choisissez-le avec Haut/Bas et Entrée</numerusform>
            <numerusform>%n trouvés pour {0}&#xa0;: choisissez-en un avec Haut/Bas et Entrée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>idguide: a bug</source>
        <translation>idguide&#xa0;: un bogue</translation>
    </message>
    <message>
        <source>idguide: a problem with this computer</source>
        <translation>idguide&#xa0;: un problème avec cet ordinateur</translation>
    </message>
    <message>
        <source>This is a bug in idguide. What you were doing was not completed; your catalogue and notes are as they were. Please report it with the details below.</source>
        <translation>Ceci est un bogue d&apos;idguide. Ce que vous faisiez n&apos;a pas été terminé&#xa0;; votre catalogue et vos notes sont restés tels quels. Merci de le signaler avec les détails ci-dessous.</translation>
    </message>
</context>
<context>
    <name>ExamListWindow</name>
    <message>
        <source>Examinations — idguide</source>
        <translation>Examens — idguide</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
    <message>
        <source>No examinations yet. Start one from a product page (Ctrl+E).</source>
        <translation>Aucun examen pour l&apos;instant. Commencez-en un depuis la page d&apos;un produit (Ctrl+E).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ExamWindow</name>
    <message>
        <source>Examination — idguide</source>
        <translation>Examen — idguide</translation>
    </message>
    <message>
        <source>Opening the examination…</source>
        <translation>Ouverture de l&apos;examen…</translation>
    </message>
    <message>
        <source>Export verification request…</source>
        <translation>Exporter la demande de vérification…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Your photos</source>
        <translation>Vos photos</translation>
    </message>
    <message>
        <source>Verdict and case</source>
        <translation>Verdict et dossier</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Demandé par</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <source>Unit of the quantity</source>
        <translation>Unité de la quantité</translation>
    </message>
    <message>
        <source>As printed on the label</source>
        <translation>Tel qu&apos;imprimé sur l&apos;étiquette</translation>
    </message>
    <message>
        <source>Overall &amp;verdict</source>
        <translation>&amp;Verdict global</translation>
    </message>
    <message>
        <source>&amp;Case reference</source>
        <translation>Référence du &amp;dossier</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>Da&amp;te</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantité</translation>
    </message>
    <message>
        <source>&amp;Lot code</source>
        <translation>Code de l&amp;ot</translation>
    </message>
    <message>
        <source>Declared &amp;origin</source>
        <translation>&amp;Origine déclarée</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>New examinations will start with these details.</source>
        <translation>Les nouveaux examens commenceront avec ces informations.</translation>
    </message>
    <message>
        <source>Examination {0}: {1}</source>
        <translation>Examen {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Examination {0} — idguide</source>
        <translation>Examen {0} — idguide</translation>
    </message>
    <message>
        <source>Last saved {0}</source>
        <translation>Dernier enregistrement {0}</translation>
    </message>
    <message>
        <source>The catalogue entry has been updated since this examination was started; the checklist shows the features as they were then.</source>
        <translation>L&apos;entrée du catalogue a été mise à jour depuis le début de cet examen&#xa0;; la liste de contrôle montre les points tels qu&apos;ils étaient alors.</translation>
    </message>
    <message>
        <source>WITHDRAWN: the publisher has withdrawn this catalogue entry since the examination was started. Do not rely on it for new checks; contact the rights holder.</source>
        <translation>RETIRÉE&#xa0;: l&apos;éditeur a retiré cette entrée du catalogue depuis le début de l&apos;examen. Ne vous y fiez pas pour de nouvelles vérifications&#xa0;; contactez le titulaire des droits.</translation>
    </message>
    <message>
        <source>The catalogue entry is no longer in this catalogue; this record keeps what was checked against it.</source>
        <translation>L&apos;entrée n&apos;est plus dans ce catalogue&#xa0;; cet enregistrement garde ce qui a été vérifié par rapport à elle.</translation>
    </message>
    <message>
        <source>The examination could not be opened.</source>
        <translation>L&apos;examen n&apos;a pas pu être ouvert.</translation>
    </message>
    <message>
        <source>Likely genuine?</source>
        <translation>Probablement authentique&#xa0;?</translation>
    </message>
    <message>
        <source>Found to differ from the genuine entry:
{0}

A feature that differs usually means a counterfeit. Record the verdict “Likely genuine” all the same?</source>
        <translation>Diffère de l&apos;entrée authentique&#xa0;:
{0}

Un point qui diffère signale généralement une contrefaçon. Enregistrer quand même le verdict «&#xa0;Probablement authentique&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>⚠ Lot {0} is named in the alert “{1}” of {2}.</source>
        <translation>⚠ Le lot {0} est cité dans l&apos;alerte «&#xa0;{1}&#xa0;» de {2}.</translation>
    </message>
    <message>
        <source>Changed; saving…</source>
        <translation>Modifié&#xa0;; enregistrement…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Enregistré {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Non enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Photo added and saved.</source>
        <translation>Photo ajoutée et enregistrée.</translation>
    </message>
    <message>
        <source>Caption saved.</source>
        <translation>Légende enregistrée.</translation>
    </message>
    <message>
        <source>Folder for the verification request</source>
        <translation>Dossier pour la demande de vérification</translation>
    </message>
    <message>
        <source>Exporting the verification request</source>
        <translation>Export de la demande de vérification</translation>
    </message>
    <message>
        <source>Written: {0} and {1}</source>
        <translation>Écrit&#xa0;: {0} et {1}</translation>
    </message>
</context>
<context>
    <name>Examinations</name>
    <message>
        <source>Start &amp;examination</source>
        <translation>&amp;Commencer un examen</translation>
    </message>
    <message>
        <source>E&amp;xaminations…</source>
        <translation>&amp;Examens…</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>E&amp;xamen</translation>
    </message>
</context>
<context>
    <name>FeatureDetail</name>
    <message>
        <source>Genuine</source>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Contrefaçon</translation>
    </message>
    <message>
        <source>Check with: {0}</source>
        <translation>Vérifier avec&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>FeaturePanel</name>
    <message>
        <source>naked eye</source>
        <translation>à l&apos;œil nu</translation>
    </message>
    <message>
        <source>loupe</source>
        <translation>loupe</translation>
    </message>
    <message>
        <source>UV lamp</source>
        <translation>lampe UV</translation>
    </message>
    <message>
        <source>touch</source>
        <translation>toucher</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>balance</translation>
    </message>
    <message>
        <source>smell</source>
        <translation>odeur</translation>
    </message>
    <message>
        <source>barcode scan</source>
        <translation>lecture du code-barres</translation>
    </message>
    <message>
        <source>Authentication features</source>
        <translation>Points d&apos;authentification</translation>
    </message>
    <message>
        <source>This entry lists no authentication features.</source>
        <translation>Cette entrée ne liste aucun point d&apos;authentification.</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>never updated</source>
        <translation>jamais mis à jour</translation>
    </message>
    <message>
        <source>OUT OF DATE since {0}</source>
        <translation>PÉRIMÉ depuis {0}</translation>
    </message>
    <message>
        <source>current until {0}</source>
        <translation>valable jusqu&apos;au {0}</translation>
    </message>
    <message>
        <source>Update feeds</source>
        <translation>Mettre à jour les flux</translation>
    </message>
    <message>
        <source>Check for updates  (Ctrl+U)</source>
        <translation>Rechercher des mises à jour  (Ctrl+U)</translation>
    </message>
    <message>
        <source>Managed by IT: a system job installs the updates.</source>
        <translation>Géré par l&apos;informatique&#xa0;: une tâche système installe les mises à jour.</translation>
    </message>
    <message>
        <source>Feed {0} is out of date since {1}: nothing new can be installed from it until its administrators renew it.</source>
        <translation>Le flux {0} est périmé depuis {1}&#xa0;: rien de nouveau ne peut en être installé tant que ses administrateurs ne l&apos;ont pas renouvelé.</translation>
    </message>
    <message>
        <source>{0}: last updated {1} · {2}</source>
        <translation>{0}&#xa0;: dernière mise à jour {1} · {2}</translation>
    </message>
    <message>
        <source>Last check failed: {0}</source>
        <translation>La dernière vérification a échoué&#xa0;: {0}</translation>
    </message>
    <message>
        <source>This catalogue is managed by IT: a system job installs the updates. This list only shows the feeds&apos; state.</source>
        <translation>Ce catalogue est géré par l&apos;informatique&#xa0;: une tâche système installe les mises à jour. Cette liste montre seulement l&apos;état des flux.</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Adresse ou dossier</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Au démarrage</translation>
    </message>
    <message>
        <source>A feed is checked only when you choose File &gt; Check for updates (Ctrl+U), or at start when “At start” is ticked for it. Nothing reaches the network otherwise.</source>
        <translation>Un flux n&apos;est vérifié que lorsque vous choisissez Fichier &gt; Rechercher des mises à jour (Ctrl+U), ou au démarrage si «&#xa0;Au démarrage&#xa0;» est coché pour lui. Sinon, rien n&apos;accède au réseau.</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Ajouter un flux…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>No feed is set up yet.</source>
        <translation>Aucun flux n&apos;est encore configuré.</translation>
    </message>
    <message>
        <source>Check this feed when idguide starts</source>
        <translation>Vérifier ce flux au démarrage d&apos;idguide</translation>
    </message>
    <message>
        <source>Not while a check for updates runs.</source>
        <translation>Pas pendant une recherche de mises à jour.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>HTTPS certificates from {0}</source>
        <translation>Certificats HTTPS de {0}</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Retirer le flux</translation>
    </message>
    <message>
        <source>Stop updating from feed {0}?

What it installed stays. To add it again you will need its root file.</source>
        <translation>Arrêter les mises à jour depuis le flux {0}&#xa0;?

Ce qu&apos;il a installé reste. Pour l&apos;ajouter à nouveau, il vous faudra son fichier racine.</translation>
    </message>
    <message>
        <source>Add an update feed</source>
        <translation>Ajouter un flux de mises à jour</translation>
    </message>
    <message>
        <source>https://updates.example.org/feed/ or a folder</source>
        <translation>https://updates.example.org/feed/ ou un dossier</translation>
    </message>
    <message>
        <source>1.root.json, from your administration</source>
        <translation>1.root.json, fourni par votre administration</translation>
    </message>
    <message>
        <source>optional: a short name, e.g. hq</source>
        <translation>facultatif&#xa0;: un nom court, p. ex. hq</translation>
    </message>
    <message>
        <source>optional: your proxy&apos;s CA file, for HTTPS</source>
        <translation>facultatif&#xa0;: le fichier d&apos;AC de votre proxy, pour HTTPS</translation>
    </message>
    <message>
        <source>Check this feed each time idguide starts (it then reaches the network)</source>
        <translation>Vérifier ce flux à chaque démarrage d&apos;idguide (il accède alors au réseau)</translation>
    </message>
    <message>
        <source>Address or folder:</source>
        <translation>Adresse ou dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Dossier…</translation>
    </message>
    <message>
        <source>Root file:</source>
        <translation>Fichier racine&#xa0;:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>Certificats d&apos;AC&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Your administration gives you the feed&apos;s address (or a folder: a USB stick, a shared folder) and its root file. Nothing is downloaded now.</source>
        <translation>Votre administration vous donne l&apos;adresse du flux (ou un dossier&#xa0;: une clé USB, un dossier partagé) et son fichier racine. Rien n&apos;est téléchargé maintenant.</translation>
    </message>
    <message>
        <source>The feed&apos;s folder</source>
        <translation>Le dossier du flux</translation>
    </message>
    <message>
        <source>The feed&apos;s root file</source>
        <translation>Le fichier racine du flux</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificats d&apos;AC</translation>
    </message>
    <message>
        <source>Give the feed&apos;s address or folder, and its root file.</source>
        <translation>Indiquez l&apos;adresse ou le dossier du flux, et son fichier racine.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>{0} file</source>
        <translation>Fichier {0}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by category</source>
        <translation>Filtrer par catégorie</translation>
    </message>
    <message>
        <source>Filter by brand</source>
        <translation>Filtrer par marque</translation>
    </message>
    <message>
        <source>Filter by content language</source>
        <translation>Filtrer par langue du contenu</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Toutes les marques</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Toutes les langues</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Genuine</source>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Contrefaçon</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Votre photo</translation>
    </message>
    <message>
        <source>&amp;Compare… (Ctrl+K)</source>
        <translation>&amp;Comparer… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Side by side with a counterfeit or your own photo</source>
        <translation>Côte à côte avec une contrefaçon ou votre propre photo</translation>
    </message>
    <message>
        <source>Whole picture (F)</source>
        <translation>Image entière (F)</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, papier A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, papier US Letter (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout</source>
        <translation>Écriture de la fiche</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Handout saved: {0}</source>
        <translation>Fiche enregistrée&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Fiche enregistrée</translation>
    </message>
    <message>
        <source>The handout was saved as:
{0}</source>
        <translation>La fiche a été enregistrée sous&#xa0;:
{0}</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Ouvrir le PDF</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The handout is at:
{0}</source>
        <translation>Aucun programme pour afficher les fichiers PDF n&apos;a été trouvé. La fiche se trouve ici&#xa0;:
{0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>DEMO content installed: fictional products and rights holders, for training.</source>
        <translation>Contenu de DÉMONSTRATION installé&#xa0;: produits et titulaires de droits fictifs, pour la formation.</translation>
    </message>
    <message>
        <source>Browse categories  (Ctrl+B)</source>
        <translation>Parcourir les catégories  (Ctrl+B)</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Recherches récentes</translation>
    </message>
    <message>
        <source>Installed bundles</source>
        <translation>Paquets installés</translation>
    </message>
    <message>
        <source>No active alerts.</source>
        <translation>Aucune alerte active.</translation>
    </message>
    <message>
        <source>No bundles installed yet.</source>
        <translation>Aucun paquet installé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Your searches will be listed here.</source>
        <translation>Vos recherches s&apos;afficheront ici.</translation>
    </message>
    <message>
        <source>{0} from {1}.
Type a brand, product name, model number, barcode or HS code (e.g. 8204.11) in the search box, or scan a barcode. Up and Down choose a result, Enter opens it.</source>
        <translation>{0} de {1}.
Tapez une marque, un nom de produit, un numéro de modèle, un code-barres ou un code SH (p. ex. 8204.11) dans le champ de recherche, ou scannez un code-barres. Haut et Bas choisissent un résultat, Entrée l&apos;ouvre.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publisher(s)</source>
        <translation>
            <numerusform>%n éditeur</numerusform>
            <numerusform>%n éditeurs</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty.
Install your organisation&apos;s bundles (File &gt; Import bundles), or try the fictional demo catalogue with the command: idguide demo</source>
        <translation>Le catalogue est vide.
Installez les paquets de votre organisation (Fichier &gt; Importer des paquets), ou essayez le catalogue de démonstration fictif avec la commande&#xa0;: idguide demo</translation>
    </message>
    <message>
        <source>{0} not updated for {1} or more: ask for new bundles.</source>
        <translation>{0} non mis à jour depuis {1} ou plus&#xa0;: demandez de nouveaux paquets.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>issued {0}</source>
        <translation>émise le {0}</translation>
    </message>
    <message>
        <source>bundle {0}, installed {1}</source>
        <translation>paquet {0}, installé le {1}</translation>
    </message>
    <message numerus="yes">
        <source>STALE: %n day(s) old</source>
        <translation>
            <numerusform>ANCIEN&#xa0;:&#xa0;%n jour</numerusform>
            <numerusform>ANCIEN&#xa0;:&#xa0;%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DÉMO</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>RÉVOQUÉ</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>idguide bundles (*.idgb);;All files (*)</source>
        <translation>Paquets idguide (*.idgb);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n image</numerusform>
            <numerusform>%n images</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retiré</numerusform>
            <numerusform>%n retirés</numerusform>
        </translation>
    </message>
    <message>
        <source>Already installed (up to date)</source>
        <translation>Déjà installé (à jour)</translation>
    </message>
    <message>
        <source>Cannot be installed</source>
        <translation>Ne peut pas être installé</translation>
    </message>
    <message>
        <source>Ready to install</source>
        <translation>Prêt à installer</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>trusted ({0})</source>
        <translation>de confiance ({0})</translation>
    </message>
    <message>
        <source>NOT trusted ({0})</source>
        <translation>PAS de confiance ({0})</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Fichier&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Publisher: {0}   Sequence: {1} ({2})   Created: {3}</source>
        <translation>Éditeur&#xa0;: {0}   Séquence&#xa0;: {1} ({2})   Créé&#xa0;: {3}</translation>
    </message>
    <message>
        <source>Contents: {0}</source>
        <translation>Contenu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Signature: {0} (key {1})   Contents: {2}</source>
        <translation>Signature&#xa0;: {0} (clé {1})   Contenu&#xa0;: {2}</translation>
    </message>
    <message>
        <source>Trust: {0}</source>
        <translation>Confiance&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Installed now: sequence {0}</source>
        <translation>Installé actuellement&#xa0;: séquence {0}</translation>
    </message>
    <message>
        <source>DEMO: fictional content for training, not real products.</source>
        <translation>DÉMO&#xa0;: contenu fictif pour la formation, pas de vrais produits.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Avertissement&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importer des paquets</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Bundles to install</source>
        <translation>Paquets à installer</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Installer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>Choisir des paquets</translation>
    </message>
    <message>
        <source>Verifying {0}</source>
        <translation>Vérification de {0}</translation>
    </message>
    <message>
        <source>{0} (DEMO)</source>
        <translation>{0} (DÉMO)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valide</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>incrémental</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>INVALIDE</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NON</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Invalid: cannot be installed</source>
        <translation>Invalide&#xa0;: ne peut pas être installé</translation>
    </message>
    <message>
        <source>Cannot be installed: {0}</source>
        <translation>Ne peut pas être installé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Nothing can be installed; see the reasons above.</source>
        <translation>Rien ne peut être installé&#xa0;; voir les raisons ci-dessus.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n bundle(s) can be installed.</source>
        <translation>
            <numerusform>{0} paquet sur&#xa0;%n peut être installé.</numerusform>
            <numerusform>{0} paquets sur&#xa0;%n peuvent être installés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Installing {0}…</source>
        <translation>Installation de {0}…</translation>
    </message>
    <message>
        <source>Installing {0}</source>
        <translation>Installation de {0}</translation>
    </message>
    <message>
        <source>{0}: {1} ({2} of {3})</source>
        <translation>{0}&#xa0;: {1} ({2} sur {3})</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed</source>
        <translation>Annulé&#xa0;: rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Échec&#xa0;: rien n&apos;a changé</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Annulé&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Rien n&apos;a été installé.</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n bundle(s).</source>
        <translation>
            <numerusform>%n paquet installé.</numerusform>
            <numerusform>%n paquets installés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirés</translation>
    </message>
    <message>
        <source>Cancelled: the remaining bundles were not installed.</source>
        <translation>Annulé&#xa0;: les paquets restants n&apos;ont pas été installés.</translation>
    </message>
    <message>
        <source>{0}: none</source>
        <translation>{0}&#xa0;: aucun</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> et {0} de plus</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}{3}</source>
        <translation>{0} ({1})&#xa0;: {2}{3}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Interface language</source>
        <translation>Langue de l&apos;&amp;interface</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>Interface language: {0}.</source>
        <translation>Langue de l&apos;interface&#xa0;: {0}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
    <message>
        <source>The catalogue could not be opened.

{0}</source>
        <translation>Le catalogue n&apos;a pas pu être ouvert.

{0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found; the {0} best are shown. Add a word or a filter.</source>
        <translation>
            <numerusform>%Ln trouvé&#xa0;; les {0} meilleurs sont affichés. Ajoutez un mot ou un filtre.</numerusform>
            <numerusform>%Ln trouvés&#xa0;; les {0} meilleurs sont affichés. Ajoutez un mot ou un filtre.</numerusform>
        </translation>
    </message>
    <message>
        <source>No products found. Did you mean “{0}”?</source>
        <translation>Aucun produit trouvé. Vouliez-vous dire «&#xa0;{0}&#xa0;»&#xa0;?</translation>
    </message>
    <message>
        <source>More than {0} found; the {0} best are shown. Add a word or a filter.</source>
        <translation>Plus de {0} trouvés&#xa0;; les {0} meilleurs sont affichés. Ajoutez un mot ou un filtre.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n produit trouvé</numerusform>
            <numerusform>%n produits trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No products found.</source>
        <translation>Aucun produit trouvé.</translation>
    </message>
    <message>
        <source>That entry is no longer in the catalogue.</source>
        <translation>Cette entrée n&apos;est plus dans le catalogue.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importer des paquets…</translation>
    </message>
    <message>
        <source>Check for &amp;updates</source>
        <translation>Rechercher des mises à jo&amp;ur</translation>
    </message>
    <message>
        <source>Update &amp;feeds…</source>
        <translation>Mettre à jour les &amp;flux…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Catégories</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation>&amp;Langue du contenu</translation>
    </message>
    <message>
        <source>Out-of-&amp;date after…</source>
        <translation>&amp;Périmé après…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Out-of-date content</source>
        <translation>Contenu périmé</translation>
    </message>
    <message>
        <source>Mark an entry as out of date when its bundle was installed more than this
many days ago:</source>
        <translation>Marquer une entrée comme périmée quand son paquet a été installé il y a plus de ce
nombre de jours&#xa0;:</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your own notes on this product (kept on this computer)</source>
        <translation>Vos propres notes sur ce produit (gardées sur cet ordinateur)</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Votre note</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistrée</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistrée</translation>
    </message>
</context>
<context>
    <name>PhotoScanDialog</name>
    <message>
        <source>{0}. Not checked: not a code idguide can check</source>
        <translation>{0}. Non vérifié&#xa0;: ce n&apos;est pas un code qu&apos;idguide peut vérifier</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>absent du catalogue</translation>
    </message>
    <message>
        <source>Codes in {0}</source>
        <translation>Codes dans {0}</translation>
    </message>
    <message>
        <source>&amp;Open the product</source>
        <translation>&amp;Ouvrir le produit</translation>
    </message>
    <message>
        <source>Start an &amp;examination with this photo</source>
        <translation>Commencer un &amp;examen avec cette photo</translation>
    </message>
    <message>
        <source>Each code is outlined and numbered on the photo.</source>
        <translation>Chaque code est entouré et numéroté sur la photo.</translation>
    </message>
</context>
<context>
    <name>PhotoScanning</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Scan a &amp;photo…</source>
        <translation>Scanner une &amp;photo…</translation>
    </message>
    <message>
        <source>Scan a photo</source>
        <translation>Scanner une photo</translation>
    </message>
    <message>
        <source>No barcode or 2D code was found in {0}.</source>
        <translation>Aucun code-barres ni code 2D n&apos;a été trouvé dans {0}.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Your photos</source>
        <translation>Vos photos</translation>
    </message>
    <message>
        <source>Edit caption…</source>
        <translation>Modifier la légende…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Légende de la photo</translation>
    </message>
    <message>
        <source>What this photo shows:</source>
        <translation>Ce que montre cette photo&#xa0;:</translation>
    </message>
    <message>
        <source>Add photos of the examined item</source>
        <translation>Ajouter des photos de l&apos;article examiné</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.webp);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation — idguide</source>
        <translation>Présentation — idguide</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Authentique</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Contrefaçon</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimer la fiche…</translation>
    </message>
    <message>
        <source>Nothing to present: these products are not in this catalogue.</source>
        <translation>Rien à présenter&#xa0;: ces produits ne sont pas dans ce catalogue.</translation>
    </message>
    <message>
        <source>ALERT: {0}</source>
        <translation>ALERTE&#xa0;: {0}</translation>
    </message>
    <message>
        <source>lot codes {0}</source>
        <translation>codes de lot {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n authentication feature(s)</source>
        <translation>
            <numerusform>%n point d&apos;authentification</numerusform>
            <numerusform>%n points d&apos;authentification</numerusform>
        </translation>
    </message>
    <message>
        <source>Right or Page Down: next · Left or Page Up: back · Esc: leave</source>
        <translation>Droite ou Page suiv.&#xa0;: suivant · Gauche ou Page préc.&#xa0;: retour · Échap&#xa0;: quitter</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>Product {0} of {1}</source>
        <translation>Produit {0} sur {1}</translation>
    </message>
    <message>
        <source>feature {0} of {1}</source>
        <translation>point {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>ProductView</name>
    <message>
        <source>Route</source>
        <translation>Itinéraire</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valeur déclarée</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>Commerce en ligne</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Marché</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Emballage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Start examination (Ctrl+E)</source>
        <translation>Commencer un examen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Conseils</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Counterfeit and risk indicators</source>
        <translation>Indicateurs de contrefaçon et de risque</translation>
    </message>
    <message>
        <source>Verification contacts</source>
        <translation>Contacts de vérification</translation>
    </message>
    <message>
        <source>DEMO (fictional content): not a real product or rights holder.</source>
        <translation>DÉMO (contenu fictif)&#xa0;: ni un vrai produit ni un vrai titulaire de droits.</translation>
    </message>
    <message>
        <source>WITHDRAWN by its publisher: do not rely on this entry; contact the rights holder.</source>
        <translation>RETIRÉE par son éditeur&#xa0;: ne vous fiez pas à cette entrée&#xa0;; contactez le titulaire des droits.</translation>
    </message>
    <message>
        <source>PUBLISHER REVOKED: {0} is no longer trusted. Do not rely on this entry.</source>
        <translation>ÉDITEUR RÉVOQUÉ&#xa0;: {0} n&apos;est plus de confiance. Ne vous fiez pas à cette entrée.</translation>
    </message>
    <message>
        <source>REVOKED: this entry&apos;s signature is no longer trusted. Do not rely on it.</source>
        <translation>RÉVOQUÉE&#xa0;: la signature de cette entrée n&apos;est plus de confiance. Ne vous y fiez pas.</translation>
    </message>
    <message>
        <source>OUT OF DATE: installed {0}, more than {1} days ago. Newer information may exist; ask for the publisher&apos;s latest bundle.</source>
        <translation>PÉRIMÉE&#xa0;: installée le {0}, il y a plus de {1} jours. Des informations plus récentes peuvent exister&#xa0;; demandez le dernier paquet de l&apos;éditeur.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Codes-barres</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Codes SH</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Fabriqué en</translation>
    </message>
    <message>
        <source>Sold in</source>
        <translation>Vendu en</translation>
    </message>
    <message>
        <source>Never sold in</source>
        <translation>Jamais vendu en</translation>
    </message>
    <message>
        <source>Typical price</source>
        <translation>Prix habituel</translation>
    </message>
    <message>
        <source>no. {0} of {1}</source>
        <translation>n° {0} du {1}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Éditeur</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquet</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <source>Expired alert</source>
        <translation>Alerte expirée</translation>
    </message>
    <message>
        <source>issued {0}</source>
        <translation>émise le {0}</translation>
    </message>
    <message>
        <source>lot codes {0}</source>
        <translation>codes de lot {0}</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Pas de description.</translation>
    </message>
    <message>
        <source>Packaging: {0}</source>
        <translation>Emballage&#xa0;: {0}</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Aucun indiqué.</translation>
    </message>
    <message>
        <source>Languages: {0}</source>
        <translation>Langues&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Regions: {0}</source>
        <translation>Régions&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The publisher lists no contacts.</source>
        <translation>L&apos;éditeur n&apos;indique aucun contact.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Source&#xa0;: {0}</translation>
    </message>
    <message>
        <source>bundle {0} of {1}</source>
        <translation>paquet {0} du {1}</translation>
    </message>
    <message>
        <source>installed {0}</source>
        <translation>installé le {0}</translation>
    </message>
    <message>
        <source>rights valid until {0}</source>
        <translation>droits valables jusqu&apos;au {0}</translation>
    </message>
    <message>
        <source>entry revision {0}</source>
        <translation>révision de l&apos;entrée {0}</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}&#xa0;: {1} sur {2}</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>{0}: {1}</source>
        <comment>a label, then its text</comment>
        <translation>{0}&#xa0;: {1}</translation>
    </message>
</context>
<context>
    <name>RequesterForm</name>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Or&amp;ganisme</translation>
    </message>
    <message>
        <source>O&amp;ffice or post</source>
        <translation>B&amp;ureau ou poste</translation>
    </message>
    <message>
        <source>&amp;Reply to (e-mail, phone)</source>
        <translation>&amp;Répondre à (courriel, téléphone)</translation>
    </message>
    <message>
        <source>Use these for my next examinations</source>
        <translation>Utiliser ces informations pour mes prochains examens</translation>
    </message>
    <message>
        <source>New examinations on this computer start with these details</source>
        <translation>Les nouveaux examens sur cet ordinateur commencent avec ces informations</translation>
    </message>
</context>
<context>
    <name>ResultsModel</name>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>model</source>
        <translation>modèle</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>SH</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marque</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The barcode (GTIN) matched</source>
        <translation>Le code-barres (GTIN) correspond</translation>
    </message>
    <message>
        <source>A model or reference number matched</source>
        <translation>Un numéro de modèle ou de référence correspond</translation>
    </message>
    <message>
        <source>An HS code matched</source>
        <translation>Un code SH correspond</translation>
    </message>
    <message>
        <source>The brand matched</source>
        <translation>La marque correspond</translation>
    </message>
    <message>
        <source>The product name matched</source>
        <translation>Le nom du produit correspond</translation>
    </message>
    <message>
        <source>Words in the description or features matched</source>
        <translation>Des mots de la description ou des points correspondent</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marque</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspondance</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retiré</translation>
    </message>
    <message>
        <source>Revoked: its publisher or its signing key is no longer trusted</source>
        <translation>Révoqué&#xa0;: son éditeur ou sa clé de signature n&apos;est plus de confiance</translation>
    </message>
    <message>
        <source>Withdrawn by its publisher</source>
        <translation>Retiré par son éditeur</translation>
    </message>
    <message>
        <source>HS headings: {0}</source>
        <translation>Positions SH&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
</context>
<context>
    <name>ScanResultPanel</name>
    <message>
        <source>RED</source>
        <translation>ROUGE</translation>
    </message>
    <message>
        <source>AMBER</source>
        <translation>ORANGE</translation>
    </message>
    <message>
        <source>GREEN</source>
        <translation>VERT</translation>
    </message>
    <message>
        <source>RED: a known red flag. Hold the item.</source>
        <translation>ROUGE&#xa0;: un signal d&apos;alerte connu. Retenez l&apos;article.</translation>
    </message>
    <message>
        <source>AMBER: look closer before deciding.</source>
        <translation>ORANGE&#xa0;: regardez de plus près avant de décider.</translation>
    </message>
    <message>
        <source>GREEN: no known red flag (this does not prove the item genuine).</source>
        <translation>VERT&#xa0;: aucun signal d&apos;alerte connu (cela ne prouve pas que l&apos;article soit authentique).</translation>
    </message>
    <message>
        <source>Scanned: {0}</source>
        <translation>Scanné&#xa0;: {0}</translation>
    </message>
    <message>
        <source>GTIN {0}</source>
        <translation>GTIN {0}</translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation>lot {0}</translation>
    </message>
    <message>
        <source>serial {0}</source>
        <translation>numéro de série {0}</translation>
    </message>
    <message>
        <source>expiry {0}</source>
        <translation>péremption {0}</translation>
    </message>
</context>
<context>
    <name>ScanSessionWindow</name>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lot</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Numéro de série</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Ce qui a été trouvé</translation>
    </message>
    <message>
        <source>No known red flag.</source>
        <translation>Aucun signal d&apos;alerte connu.</translation>
    </message>
    <message>
        <source>Scan session</source>
        <translation>Session de scan</translation>
    </message>
    <message>
        <source>Scan the items one after another.</source>
        <translation>Scannez les articles l&apos;un après l&apos;autre.</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nouvelle session</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) scanned, {0} red.</source>
        <translation>
            <numerusform>%n article scanné, {0} en rouge.</numerusform>
            <numerusform>%n articles scannés, {0} en rouge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan s&amp;ession…</source>
        <translation>S&amp;ession de scan…</translation>
    </message>
</context>
<context>
    <name>ScanState</name>
    <message>
        <source>Wrong check digit: scan again</source>
        <translation>Chiffre de contrôle erroné&#xa0;: scannez à nouveau</translation>
    </message>
    <message>
        <source>Not a code idguide can read: scan again</source>
        <translation>Pas un code qu&apos;idguide sait lire&#xa0;: scannez à nouveau</translation>
    </message>
    <message>
        <source>Not among the products of the filters chosen: {0}</source>
        <translation>Absent des produits des filtres choisis&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not in the catalogue: {0}</source>
        <translation>Absent du catalogue&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Clear the filters above the results and scan again.</source>
        <translation>Retirez les filtres au-dessus des résultats et scannez à nouveau.</translation>
    </message>
    <message>
        <source>No entry in this catalogue carries this barcode. Check the item by hand, or ask the rights holder; an update of the catalogue may add it.</source>
        <translation>Aucune entrée de ce catalogue ne porte ce code-barres. Vérifiez l&apos;article à la main ou demandez au titulaire des droits&#xa0;; une mise à jour du catalogue peut l&apos;ajouter.</translation>
    </message>
    <message>
        <source>Scan again, or type the number printed under the barcode and press Enter.</source>
        <translation>Scannez à nouveau, ou tapez le numéro imprimé sous le code-barres et appuyez sur Entrée.</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>&amp;Sound when a scanned code names no product or is red</source>
        <translation>&amp;Son quand un code scanné ne désigne aucun produit ou est rouge</translation>
    </message>
    <message>
        <source>&amp;Prefix the scanner sends:</source>
        <translation>&amp;Préfixe envoyé par le scanner&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;uffix the scanner sends:</source>
        <translation>S&amp;uffixe envoyé par le scanner&#xa0;:</translation>
    </message>
    <message>
        <source>idguide tells a scanner from a person by its speed. A scanner set to send a prefix and a suffix around each code is told apart for certain: type them here, one character each that no code holds (for example § and ~; not a letter, digit, space or punctuation that codes use). Leave empty when the scanner sends none.</source>
        <translation>idguide distingue un scanner d&apos;une personne par sa vitesse. Un scanner réglé pour envoyer un préfixe et un suffixe autour de chaque code est reconnu à coup sûr&#xa0;: tapez-les ici, un caractère chacun qu&apos;aucun code ne contient (par exemple § et ~&#xa0;; pas une lettre, un chiffre, une espace ou une ponctuation utilisée par les codes). Laissez vide si le scanner n&apos;en envoie pas.</translation>
    </message>
    <message>
        <source>Use a character that no code holds, such as § or ~: letters, digits, spaces and the punctuation of codes would cut codes short.</source>
        <translation>Utilisez un caractère qu&apos;aucun code ne contient, comme § ou ~&#xa0;: les lettres, les chiffres, les espaces et la ponctuation des codes couperaient les codes.</translation>
    </message>
    <message>
        <source>The prefix and the suffix must differ.</source>
        <translation>Le préfixe et le suffixe doivent être différents.</translation>
    </message>
</context>
<context>
    <name>ScannerWatch</name>
    <message>
        <source>Sca&amp;nner…</source>
        <translation>&amp;Scanner…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Brand, product, barcode or HS code (e.g. 8204.11)</source>
        <translation>Marque, produit, code-barres ou code SH (p. ex. 8204.11)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>SpotTheFakeWindow</name>
    <message>
        <source>Spot the fake — idguide</source>
        <translation>Repérez la contrefaçon — idguide</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No product here has both a genuine and a fake picture.</source>
        <translation>Aucun produit ici n&apos;a à la fois une image authentique et une image de contrefaçon.</translation>
    </message>
    <message>
        <source>Which one is the fake? L: left · R: right · Space: reveal</source>
        <translation>Laquelle est la contrefaçon&#xa0;? L&#xa0;: gauche · R&#xa0;: droite · Espace&#xa0;: révéler</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Pas d&apos;image</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <source>Right or N: next product</source>
        <translation>Droite ou N&#xa0;: produit suivant</translation>
    </message>
    <message>
        <source>Revealed.</source>
        <translation>Révélé.</translation>
    </message>
    <message>
        <source>Correct!</source>
        <translation>Correct&#xa0;!</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>Pas cette fois.</translation>
    </message>
    <message>
        <source>COUNTERFEIT</source>
        <translation>CONTREFAÇON</translation>
    </message>
    <message>
        <source>GENUINE</source>
        <translation>AUTHENTIQUE</translation>
    </message>
    <message>
        <source>{0}. {1} — the fake: {2}</source>
        <translation>{0}. {1} — la contrefaçon&#xa0;: {2}</translation>
    </message>
    <message>
        <source>End of the round. Esc: leave</source>
        <translation>Fin de la manche. Échap&#xa0;: quitter</translation>
    </message>
    <message>
        <source>Score: {0} of {1} · product {2} of {3}</source>
        <translation>Score&#xa0;: {0} sur {1} · produit {2} sur {3}</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>idguide: opening…</source>
        <translation>idguide&#xa0;: ouverture…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Ouverture du catalogue…</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Ateliers…</translation>
    </message>
    <message>
        <source>&amp;Present this product</source>
        <translation>&amp;Présenter ce produit</translation>
    </message>
    <message>
        <source>&amp;Spot the fake (catalogue round)</source>
        <translation>&amp;Repérez la contrefaçon (manche sur le catalogue)</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Imprimer la &amp;fiche…</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>Forma&amp;tion</translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <source>No update feed is set up. Add your administration&apos;s feed in File &gt; Update feeds…, with the root file it gave you.</source>
        <translation>Aucun flux de mises à jour n&apos;est configuré. Ajoutez le flux de votre administration dans Fichier &gt; Mettre à jour les flux…, avec le fichier racine qu&apos;elle vous a donné.</translation>
    </message>
    <message>
        <source>Installing updates</source>
        <translation>Installation des mises à jour</translation>
    </message>
    <message>
        <source>The check stopped because of a bug; nothing more was changed.</source>
        <translation>La vérification s&apos;est arrêtée à cause d&apos;un bogue&#xa0;; rien d&apos;autre n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>UpdateIndicator</name>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Managed by IT: a system job installs the updates.</source>
        <translation>Géré par l&apos;informatique&#xa0;: une tâche système installe les mises à jour.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Recherche de mises à jour…</translation>
    </message>
    <message>
        <source>This catalogue is managed by IT: a system job installs the updates.</source>
        <translation>Ce catalogue est géré par l&apos;informatique&#xa0;: une tâche système installe les mises à jour.</translation>
    </message>
    <message>
        <source>Updates: {0} ({1}%)</source>
        <translation>Mises à jour&#xa0;: {0} ({1}&#xa0;%)</translation>
    </message>
    <message>
        <source>Updates: {0}…</source>
        <translation>Mises à jour&#xa0;: {0}…</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Updates could not be checked</source>
        <translation>Les mises à jour n&apos;ont pas pu être vérifiées</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Some updates were refused</source>
        <translation>Certaines mises à jour ont été refusées</translation>
    </message>
    <message>
        <source>Updates installed</source>
        <translation>Mises à jour installées</translation>
    </message>
    <message>
        <source>Everything is up to date</source>
        <translation>Tout est à jour</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after installing %n bundle(s); they stay installed, the rest were not installed.</source>
        <translation>
            <numerusform>Annulé après l&apos;installation de&#xa0;%n paquet&#xa0;; il reste installé, les autres n&apos;ont pas été installés.</numerusform>
            <numerusform>Annulé après l&apos;installation de&#xa0;%n paquets&#xa0;; ils restent installés, les autres n&apos;ont pas été installés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Rien n&apos;a été vérifié.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) installed</source>
        <translation>
            <numerusform>%n paquet installé</numerusform>
            <numerusform>%n paquets installés</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} refused</source>
        <translation>{0} refusés</translation>
    </message>
    <message numerus="yes">
        <source>%n publisher(s) up to date</source>
        <translation>
            <numerusform>%n éditeur à jour</numerusform>
            <numerusform>%n éditeurs à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be checked</source>
        <translation>
            <numerusform>%n flux n&apos;a pas pu être vérifié</numerusform>
            <numerusform>%n flux n&apos;ont pas pu être vérifiés</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is up to date: the feeds offer nothing.</source>
        <translation>Tout est à jour&#xa0;: les flux n&apos;offrent rien.</translation>
    </message>
    <message>
        <source>Updates: {0}.</source>
        <translation>Mises à jour&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} withdrawn</source>
        <translation>{0} ajoutés, {1} mis à jour, {2} retirés</translation>
    </message>
    <message>
        <source>full bundle</source>
        <translation>paquet complet</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mise à jour</translation>
    </message>
    <message>
        <source>Installed {0} from feed {1}: {2}.</source>
        <translation>{0} installé depuis le flux {1}&#xa0;: {2}.</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>Produits&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0}: bundle {1}</source>
        <translation>{0}&#xa0;: paquet {1}</translation>
    </message>
    <message>
        <source>The feed itself</source>
        <translation>Le flux lui-même</translation>
    </message>
    <message>
        <source>bundle {0}</source>
        <translation>paquet {0}</translation>
    </message>
    <message>
        <source>{0} is up to date ({1}).</source>
        <translation>{0} est à jour ({1}).</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <translation>rien d&apos;installé</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>Trust from feed {0}: {1}.</source>
        <translation>Confiance du flux {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Feed {0}: {1}.</source>
        <translation>Flux {0}&#xa0;: {1}.</translation>
    </message>
    <message>
        <source>Downloaded {0}.</source>
        <translation>Téléchargé&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Reading the feeds…</source>
        <translation>Lecture des flux…</translation>
    </message>
    <message>
        <source>Checking the feeds…</source>
        <translation>Vérification des flux…</translation>
    </message>
    <message>
        <source>Stopping… (waiting for the feed to answer; nothing is changed)</source>
        <translation>Arrêt… (en attente de la réponse du flux&#xa0;; rien n&apos;est modifié)</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Installation…</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Rechercher des mises à jour</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Recherche de mises à jour…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Flux</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>What the check did</source>
        <translation>Ce qu&apos;a fait la vérification</translation>
    </message>
    <message>
        <source>Update &amp;feeds…</source>
        <translation>Mettre à jour les &amp;flux…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Installé</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <source>Opening the catalogue</source>
        <translation>Ouverture du catalogue</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshops — idguide</source>
        <translation>Ateliers — idguide</translation>
    </message>
    <message>
        <source>Workshop sets</source>
        <translation>Séries d&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mmer…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Your note on this product for the workshop</source>
        <translation>Votre note sur ce produit pour l&apos;atelier</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Monter (&amp;haut)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Descendre (&amp;bas)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Trainer&apos;s note</source>
        <translation>Note du formateur</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présenter</translation>
    </message>
    <message>
        <source>&amp;Spot the fake</source>
        <translation>&amp;Repérez la contrefaçon</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Imprimer la &amp;fiche…</translation>
    </message>
    <message>
        <source>Find a product to add</source>
        <translation>Trouver un produit à ajouter</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Produits trouvés</translation>
    </message>
    <message>
        <source>Add products</source>
        <translation>Ajouter des produits</translation>
    </message>
    <message>
        <source>Add the &amp;current product</source>
        <translation>Ajouter le produit a&amp;ctuel</translation>
    </message>
    <message>
        <source>&amp;Add the selected product</source>
        <translation>&amp;Ajouter le produit sélectionné</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n product(s))</source>
        <translation>
            <numerusform>{0} (%n produit)</numerusform>
            <numerusform>{0} (%n produits)</numerusform>
        </translation>
    </message>
    <message>
        <source>No workshop sets yet: choose New… to make one.</source>
        <translation>Aucune série d&apos;atelier pour l&apos;instant&#xa0;: choisissez Nouveau… pour en créer une.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Renommer l&apos;atelier</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Supprimer l&apos;atelier</translation>
    </message>
    <message>
        <source>Delete the workshop “{0}”? The products stay in the catalogue.</source>
        <translation>Supprimer l&apos;atelier «&#xa0;{0}&#xa0;»&#xa0;? Les produits restent dans le catalogue.</translation>
    </message>
    <message>
        <source>Workshop written to {0}</source>
        <translation>Atelier écrit dans {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported “{0}” with %n product(s).</source>
        <translation>
            <numerusform>«&#xa0;{0}&#xa0;» importé avec&#xa0;%n produit.</numerusform>
            <numerusform>«&#xa0;{0}&#xa0;» importé avec&#xa0;%n produits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this catalogue (kept in the set, marked):</source>
        <translation>Absents de ce catalogue (gardés dans la série, marqués)&#xa0;:</translation>
    </message>
    <message>
        <source>Export workshop</source>
        <translation>Exporter l&apos;atelier</translation>
    </message>
    <message>
        <source>Workshop files (*.idgw)</source>
        <translation>Fichiers d&apos;atelier (*.idgw)</translation>
    </message>
    <message>
        <source>Import workshop</source>
        <translation>Importer un atelier</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>{0} (not in this catalogue)</source>
        <translation>{0} (absent de ce catalogue)</translation>
    </message>
    <message>
        <source>{0} (withdrawn)</source>
        <translation>{0} (retiré)</translation>
    </message>
    <message>
        <source>Products of the workshop</source>
        <translation>Produits de l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>Picture: + and - zoom, F fits, 1 shows 100%</source>
        <translation>Image&#xa0;: + et - zooment, F ajuste, 1 affiche à 100&#xa0;%</translation>
    </message>
</context>
</TS>
