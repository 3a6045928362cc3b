<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamaño del texto</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>C&amp;olores</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir el &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
</context>
<context>
    <name>CategoryBrowser</name>
    <message>
        <source>Type to narrow the list</source>
        <translation>Escriba para acotar la lista</translation>
    </message>
    <message>
        <source>Narrow the categories</source>
        <translation>Acotar las categorías</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>Explorar por categoría</translation>
    </message>
    <message>
        <source>Up and Down choose a category, Enter lists its products.</source>
        <translation>Arriba y Abajo eligen una categoría; Intro lista sus productos.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin comprobar</translation>
    </message>
    <message>
        <source>As genuine</source>
        <translation>Como el original</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Difiere</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>No se puede saber</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Sin determinar</translation>
    </message>
    <message>
        <source>Likely genuine</source>
        <translation>Probablemente original</translation>
    </message>
    <message>
        <source>Suspected counterfeit</source>
        <translation>Sospecha de falsificación</translation>
    </message>
    <message>
        <source>current</source>
        <translation>vigente</translation>
    </message>
    <message>
        <source>updated since</source>
        <translation>actualizada desde entonces</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation>RETIRADA</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>eliminada</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Característica</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Encontrado</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>The entry lists no authentication features.</source>
        <translation>La entrada no indica ninguna característica de autenticación.</translation>
    </message>
    <message>
        <source>Feature {0} found</source>
        <translation>Característica {0}: encontrado</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Lo que vio</translation>
    </message>
    <message>
        <source>Feature {0} comment</source>
        <translation>Característica {0}: comentario</translation>
    </message>
    <message>
        <source>Genuine: {0}</source>
        <translation>Original: {0}</translation>
    </message>
    <message>
        <source>Counterfeit: {0}</source>
        <translation>Falsificación: {0}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Imágenes (*.jpg *.jpeg *.png *.webp);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>YOUR PHOTO</source>
        <translation>SU FOTO</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>No genuine picture in this entry.</source>
        <translation>Esta entrada no tiene ninguna imagen del original.</translation>
    </message>
    <message>
        <source>Counterfeit or your photo</source>
        <translation>Falsificación o su foto</translation>
    </message>
    <message>
        <source>No counterfeit picture in this entry.

Open your own photo (Ctrl+O) or drop it here to compare.</source>
        <translation>Esta entrada no tiene ninguna imagen de una falsificación.

Abra su propia foto (Ctrl+O) o suéltela aquí para comparar.</translation>
    </message>
    <message>
        <source>← &amp;Back (Esc)</source>
        <translation>← &amp;Volver (Esc)</translation>
    </message>
    <message>
        <source>&amp;Synchronise zoom and pan</source>
        <translation>&amp;Sincronizar zoom y desplazamiento</translation>
    </message>
    <message>
        <source>&amp;Open your photo… (Ctrl+O)</source>
        <translation>&amp;Abrir su foto… (Ctrl+O)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>&amp;Ajustar</translation>
    </message>
    <message>
        <source>The whole picture (F)</source>
        <translation>La imagen completa (F)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>One picture pixel per screen pixel (A)</source>
        <translation>Un píxel de la imagen por píxel de pantalla (A)</translation>
    </message>
    <message>
        <source>Authentication features</source>
        <translation>Características de autenticación</translation>
    </message>
    <message>
        <source>Features</source>
        <translation>Características</translation>
    </message>
    <message>
        <source>Compare: {0} {1}</source>
        <translation>Comparar: {0} {1}</translation>
    </message>
    <message>
        <source>Open your photo</source>
        <translation>Abrir su foto</translation>
    </message>
    <message>
        <source>Your photo: {0}</source>
        <translation>Su foto: {0}</translation>
    </message>
    <message>
        <source>Open a product first, then drop your photo on it to compare.</source>
        <translation>Abra primero un producto y luego suelte su foto sobre él para comparar.</translation>
    </message>
</context>
<context>
    <name>Entering</name>
    <message numerus="yes">
        <source>%n product(s) carry barcode {0}: choose one</source>
        <translation>
            <numerusform>%n producto lleva el código de barras {0}: elíjalo</numerusform>
            <numerusform>%n productos llevan el código de barras {0}: elija uno</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found for {0}: choose one with Up/Down and Enter</source>
        <translation>
            <numerusform>%n encontrado para {0}: elíjalo con Arriba/Abajo e Intro</numerusform>
            <numerusform>%n encontrados para {0}: elija uno con Arriba/Abajo e Intro</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>idguide: a bug</source>
        <translation>idguide: un error del programa</translation>
    </message>
    <message>
        <source>idguide: a problem with this computer</source>
        <translation>idguide: un problema con este equipo</translation>
    </message>
    <message>
        <source>This is a bug in idguide. What you were doing was not completed; your catalogue and notes are as they were. Please report it with the details below.</source>
        <translation>Esto es un error de idguide. Lo que estaba haciendo no se completó; su catálogo y sus notas siguen como estaban. Notifíquelo con los detalles de abajo.</translation>
    </message>
</context>
<context>
    <name>ExamListWindow</name>
    <message>
        <source>Examinations — idguide</source>
        <translation>Exámenes — idguide</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Expediente</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Último cambio</translation>
    </message>
    <message>
        <source>No examinations yet. Start one from a product page (Ctrl+E).</source>
        <translation>Aún no hay exámenes. Empiece uno desde la página de un producto (Ctrl+E).</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
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
        <translation>Abriendo el examen…</translation>
    </message>
    <message>
        <source>Export verification request…</source>
        <translation>Exportar la solicitud de verificación…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <source>Your photos</source>
        <translation>Sus fotos</translation>
    </message>
    <message>
        <source>Verdict and case</source>
        <translation>Veredicto y expediente</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <source>Unit of the quantity</source>
        <translation>Unidad de la cantidad</translation>
    </message>
    <message>
        <source>As printed on the label</source>
        <translation>Tal como figura en la etiqueta</translation>
    </message>
    <message>
        <source>Overall &amp;verdict</source>
        <translation>&amp;Veredicto global</translation>
    </message>
    <message>
        <source>&amp;Case reference</source>
        <translation>Referencia del e&amp;xpediente</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Cantidad</translation>
    </message>
    <message>
        <source>&amp;Lot code</source>
        <translation>Código de l&amp;ote</translation>
    </message>
    <message>
        <source>Declared &amp;origin</source>
        <translation>&amp;Origen declarado</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>New examinations will start with these details.</source>
        <translation>Los nuevos exámenes empezarán con estos datos.</translation>
    </message>
    <message>
        <source>Examination {0}: {1}</source>
        <translation>Examen {0}: {1}</translation>
    </message>
    <message>
        <source>Examination {0} — idguide</source>
        <translation>Examen {0} — idguide</translation>
    </message>
    <message>
        <source>Last saved {0}</source>
        <translation>Guardado por última vez {0}</translation>
    </message>
    <message>
        <source>The catalogue entry has been updated since this examination was started; the checklist shows the features as they were then.</source>
        <translation>La entrada del catálogo se ha actualizado desde que empezó este examen; la lista de comprobación muestra las características tal como eran entonces.</translation>
    </message>
    <message>
        <source>WITHDRAWN: the publisher has withdrawn this catalogue entry since the examination was started. Do not rely on it for new checks; contact the rights holder.</source>
        <translation>RETIRADA: el editor ha retirado esta entrada del catálogo desde que empezó el examen. No se base en ella para nuevas comprobaciones; contacte con el titular de los derechos.</translation>
    </message>
    <message>
        <source>The catalogue entry is no longer in this catalogue; this record keeps what was checked against it.</source>
        <translation>La entrada ya no está en este catálogo; este registro conserva lo que se comprobó con ella.</translation>
    </message>
    <message>
        <source>The examination could not be opened.</source>
        <translation>No se pudo abrir el examen.</translation>
    </message>
    <message>
        <source>Likely genuine?</source>
        <translation>¿Probablemente original?</translation>
    </message>
    <message>
        <source>Found to differ from the genuine entry:
{0}

A feature that differs usually means a counterfeit. Record the verdict “Likely genuine” all the same?</source>
        <translation>Se encontraron diferencias con la entrada original:
{0}

Una característica que difiere suele indicar una falsificación. ¿Registrar de todos modos el veredicto «Probablemente original»?</translation>
    </message>
    <message>
        <source>⚠ Lot {0} is named in the alert “{1}” of {2}.</source>
        <translation>⚠ El lote {0} figura en la alerta «{1}» de {2}.</translation>
    </message>
    <message>
        <source>Changed; saving…</source>
        <translation>Modificado; guardando…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Guardado {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>No guardado: {0}</translation>
    </message>
    <message>
        <source>Photo added and saved.</source>
        <translation>Foto añadida y guardada.</translation>
    </message>
    <message>
        <source>Caption saved.</source>
        <translation>Leyenda guardada.</translation>
    </message>
    <message>
        <source>Folder for the verification request</source>
        <translation>Carpeta para la solicitud de verificación</translation>
    </message>
    <message>
        <source>Exporting the verification request</source>
        <translation>Exportando la solicitud de verificación</translation>
    </message>
    <message>
        <source>Written: {0} and {1}</source>
        <translation>Escrito: {0} y {1}</translation>
    </message>
</context>
<context>
    <name>Examinations</name>
    <message>
        <source>Start &amp;examination</source>
        <translation>&amp;Empezar un examen</translation>
    </message>
    <message>
        <source>E&amp;xaminations…</source>
        <translation>E&amp;xámenes…</translation>
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
        <translation>Original</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Falsificación</translation>
    </message>
    <message>
        <source>Check with: {0}</source>
        <translation>Comprobar con: {0}</translation>
    </message>
</context>
<context>
    <name>FeaturePanel</name>
    <message>
        <source>naked eye</source>
        <translation>a simple vista</translation>
    </message>
    <message>
        <source>loupe</source>
        <translation>lupa</translation>
    </message>
    <message>
        <source>UV lamp</source>
        <translation>lámpara UV</translation>
    </message>
    <message>
        <source>touch</source>
        <translation>tacto</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>báscula</translation>
    </message>
    <message>
        <source>smell</source>
        <translation>olfato</translation>
    </message>
    <message>
        <source>barcode scan</source>
        <translation>lectura del código de barras</translation>
    </message>
    <message>
        <source>Authentication features</source>
        <translation>Características de autenticación</translation>
    </message>
    <message>
        <source>This entry lists no authentication features.</source>
        <translation>Esta entrada no indica ninguna característica de autenticación.</translation>
    </message>
</context>
<context>
    <name>Feeds</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>never updated</source>
        <translation>nunca actualizado</translation>
    </message>
    <message>
        <source>OUT OF DATE since {0}</source>
        <translation>CADUCADO desde {0}</translation>
    </message>
    <message>
        <source>current until {0}</source>
        <translation>vigente hasta {0}</translation>
    </message>
    <message>
        <source>Update feeds</source>
        <translation>Actualizar fuentes</translation>
    </message>
    <message>
        <source>Check for updates  (Ctrl+U)</source>
        <translation>Buscar actualizaciones  (Ctrl+U)</translation>
    </message>
    <message>
        <source>Managed by IT: a system job installs the updates.</source>
        <translation>Gestionado por informática: una tarea del sistema instala las actualizaciones.</translation>
    </message>
    <message>
        <source>Feed {0} is out of date since {1}: nothing new can be installed from it until its administrators renew it.</source>
        <translation>La fuente {0} está caducada desde {1}: no se puede instalar nada nuevo de ella hasta que sus administradores la renueven.</translation>
    </message>
    <message>
        <source>{0}: last updated {1} · {2}</source>
        <translation>{0}: última actualización {1} · {2}</translation>
    </message>
    <message>
        <source>Last check failed: {0}</source>
        <translation>La última comprobación falló: {0}</translation>
    </message>
    <message>
        <source>This catalogue is managed by IT: a system job installs the updates. This list only shows the feeds&apos; state.</source>
        <translation>Este catálogo lo gestiona informática: una tarea del sistema instala las actualizaciones. Esta lista solo muestra el estado de las fuentes.</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Dirección o carpeta</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última actualización</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Al iniciar</translation>
    </message>
    <message>
        <source>A feed is checked only when you choose File &gt; Check for updates (Ctrl+U), or at start when “At start” is ticked for it. Nothing reaches the network otherwise.</source>
        <translation>Una fuente solo se comprueba cuando elige Archivo &gt; Buscar actualizaciones (Ctrl+U), o al iniciar si tiene marcado «Al iniciar». Fuera de eso, nada accede a la red.</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Añadir fuente…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>No feed is set up yet.</source>
        <translation>Aún no hay ninguna fuente configurada.</translation>
    </message>
    <message>
        <source>Check this feed when idguide starts</source>
        <translation>Comprobar esta fuente al iniciar idguide</translation>
    </message>
    <message>
        <source>Not while a check for updates runs.</source>
        <translation>No mientras se buscan actualizaciones.</translation>
    </message>
    <message>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <source>HTTPS certificates from {0}</source>
        <translation>Certificados HTTPS de {0}</translation>
    </message>
    <message>
        <source>Remove feed</source>
        <translation>Quitar fuente</translation>
    </message>
    <message>
        <source>Stop updating from feed {0}?

What it installed stays. To add it again you will need its root file.</source>
        <translation>¿Dejar de actualizar desde la fuente {0}?

Lo que instaló se conserva. Para volver a añadirla necesitará su archivo raíz.</translation>
    </message>
    <message>
        <source>Add an update feed</source>
        <translation>Añadir una fuente de actualizaciones</translation>
    </message>
    <message>
        <source>https://updates.example.org/feed/ or a folder</source>
        <translation>https://updates.example.org/feed/ o una carpeta</translation>
    </message>
    <message>
        <source>1.root.json, from your administration</source>
        <translation>1.root.json, de su administración</translation>
    </message>
    <message>
        <source>optional: a short name, e.g. hq</source>
        <translation>opcional: un nombre corto, p. ej. hq</translation>
    </message>
    <message>
        <source>optional: your proxy&apos;s CA file, for HTTPS</source>
        <translation>opcional: el archivo de CA de su proxy, para HTTPS</translation>
    </message>
    <message>
        <source>Check this feed each time idguide starts (it then reaches the network)</source>
        <translation>Comprobar esta fuente cada vez que se inicia idguide (entonces accede a la red)</translation>
    </message>
    <message>
        <source>Address or folder:</source>
        <translation>Dirección o carpeta:</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Carpeta…</translation>
    </message>
    <message>
        <source>Root file:</source>
        <translation>Archivo raíz:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>Certificados de CA:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Your administration gives you the feed&apos;s address (or a folder: a USB stick, a shared folder) and its root file. Nothing is downloaded now.</source>
        <translation>Su administración le da la dirección de la fuente (o una carpeta: una memoria USB, una carpeta compartida) y su archivo raíz. Ahora no se descarga nada.</translation>
    </message>
    <message>
        <source>The feed&apos;s folder</source>
        <translation>La carpeta de la fuente</translation>
    </message>
    <message>
        <source>The feed&apos;s root file</source>
        <translation>El archivo raíz de la fuente</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>Give the feed&apos;s address or folder, and its root file.</source>
        <translation>Indique la dirección o la carpeta de la fuente, y su archivo raíz.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>{0} file</source>
        <translation>Archivo {0}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoría</translation>
    </message>
    <message>
        <source>Filter by brand</source>
        <translation>Filtrar por marca</translation>
    </message>
    <message>
        <source>Filter by content language</source>
        <translation>Filtrar por idioma del contenido</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Todas las marcas</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos los idiomas</translation>
    </message>
</context>
<context>
    <name>Gallery</name>
    <message>
        <source>Genuine</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Falsificación</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Embalaje</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Su foto</translation>
    </message>
    <message>
        <source>&amp;Compare… (Ctrl+K)</source>
        <translation>&amp;Comparar… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Side by side with a counterfeit or your own photo</source>
        <translation>Lado a lado con una falsificación o con su propia foto</translation>
    </message>
    <message>
        <source>Whole picture (F)</source>
        <translation>Imagen completa (F)</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>PDF, A4 paper (*.pdf)</source>
        <translation>PDF, papel A4 (*.pdf)</translation>
    </message>
    <message>
        <source>PDF, US Letter paper (*.pdf)</source>
        <translation>PDF, papel carta EE. UU. (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout</source>
        <translation>Escribiendo la ficha</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir la ficha</translation>
    </message>
    <message>
        <source>Handout saved: {0}</source>
        <translation>Ficha guardada: {0}</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Ficha guardada</translation>
    </message>
    <message>
        <source>The handout was saved as:
{0}</source>
        <translation>La ficha se guardó como:
{0}</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The handout is at:
{0}</source>
        <translation>No se encontró ningún programa para mostrar archivos PDF. La ficha está en:
{0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>DEMO content installed: fictional products and rights holders, for training.</source>
        <translation>Contenido de DEMOSTRACIÓN instalado: productos y titulares de derechos ficticios, para formación.</translation>
    </message>
    <message>
        <source>Browse categories  (Ctrl+B)</source>
        <translation>Explorar categorías  (Ctrl+B)</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertas activas</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Búsquedas recientes</translation>
    </message>
    <message>
        <source>Installed bundles</source>
        <translation>Paquetes instalados</translation>
    </message>
    <message>
        <source>No active alerts.</source>
        <translation>No hay alertas activas.</translation>
    </message>
    <message>
        <source>No bundles installed yet.</source>
        <translation>Aún no hay paquetes instalados.</translation>
    </message>
    <message>
        <source>Your searches will be listed here.</source>
        <translation>Sus búsquedas aparecerán aquí.</translation>
    </message>
    <message>
        <source>{0} from {1}.
Type a brand, product name, model number, barcode or HS code (e.g. 8204.11) in the search box, or scan a barcode. Up and Down choose a result, Enter opens it.</source>
        <translation>{0} de {1}.
Escriba una marca, un nombre de producto, un número de modelo, un código de barras o un código SA (p. ej. 8204.11) en el cuadro de búsqueda, o lea un código de barras. Arriba y Abajo eligen un resultado; Intro lo abre.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publisher(s)</source>
        <translation>
            <numerusform>%n editor</numerusform>
            <numerusform>%n editores</numerusform>
        </translation>
    </message>
    <message>
        <source>The catalogue is empty.
Install your organisation&apos;s bundles (File &gt; Import bundles), or try the fictional demo catalogue with the command: idguide demo</source>
        <translation>El catálogo está vacío.
Instale los paquetes de su organización (Archivo &gt; Importar paquetes), o pruebe el catálogo de demostración ficticio con el comando: idguide demo</translation>
    </message>
    <message>
        <source>{0} not updated for {1} or more: ask for new bundles.</source>
        <translation>{0} sin actualizar desde hace {1} o más: pida paquetes nuevos.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>issued {0}</source>
        <translation>emitida el {0}</translation>
    </message>
    <message>
        <source>bundle {0}, installed {1}</source>
        <translation>paquete {0}, instalado el {1}</translation>
    </message>
    <message numerus="yes">
        <source>STALE: %n day(s) old</source>
        <translation>
            <numerusform>ANTIGUO: %n día</numerusform>
            <numerusform>ANTIGUO: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>REVOCADO</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>idguide bundles (*.idgb);;All files (*)</source>
        <translation>Paquetes de idguide (*.idgb);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n producto</numerusform>
            <numerusform>%n productos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagen</numerusform>
            <numerusform>%n imágenes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn</source>
        <translation>
            <numerusform>%n retirado</numerusform>
            <numerusform>%n retirados</numerusform>
        </translation>
    </message>
    <message>
        <source>Already installed (up to date)</source>
        <translation>Ya instalado (al día)</translation>
    </message>
    <message>
        <source>Cannot be installed</source>
        <translation>No se puede instalar</translation>
    </message>
    <message>
        <source>Ready to install</source>
        <translation>Listo para instalar</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>trusted ({0})</source>
        <translation>de confianza ({0})</translation>
    </message>
    <message>
        <source>NOT trusted ({0})</source>
        <translation>NO es de confianza ({0})</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message>
        <source>Publisher: {0}   Sequence: {1} ({2})   Created: {3}</source>
        <translation>Editor: {0}   Secuencia: {1} ({2})   Creado: {3}</translation>
    </message>
    <message>
        <source>Contents: {0}</source>
        <translation>Contenido: {0}</translation>
    </message>
    <message>
        <source>Signature: {0} (key {1})   Contents: {2}</source>
        <translation>Firma: {0} (clave {1})   Contenido: {2}</translation>
    </message>
    <message>
        <source>Trust: {0}</source>
        <translation>Confianza: {0}</translation>
    </message>
    <message>
        <source>Installed now: sequence {0}</source>
        <translation>Instalado ahora: secuencia {0}</translation>
    </message>
    <message>
        <source>DEMO: fictional content for training, not real products.</source>
        <translation>DEMO: contenido ficticio para formación, no son productos reales.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Advertencia: {0}</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Secuencia</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Productos</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confianza</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar paquetes</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Bundles to install</source>
        <translation>Paquetes que instalar</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Añadir archivos…</translation>
    </message>
    <message>
        <source>&amp;Install</source>
        <translation>&amp;Instalar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>Elegir paquetes</translation>
    </message>
    <message>
        <source>Verifying {0}</source>
        <translation>Verificando {0}</translation>
    </message>
    <message>
        <source>{0} (DEMO)</source>
        <translation>{0} (DEMO)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completo</translation>
    </message>
    <message>
        <source>delta</source>
        <translation>incremental</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>NO VÁLIDA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NO</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Invalid: cannot be installed</source>
        <translation>No válido: no se puede instalar</translation>
    </message>
    <message>
        <source>Cannot be installed: {0}</source>
        <translation>No se puede instalar: {0}</translation>
    </message>
    <message>
        <source>Nothing can be installed; see the reasons above.</source>
        <translation>No se puede instalar nada; vea los motivos arriba.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n bundle(s) can be installed.</source>
        <translation>
            <numerusform>Se puede instalar {0} de %n paquete.</numerusform>
            <numerusform>Se pueden instalar {0} de %n paquetes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>Installing {0}…</source>
        <translation>Instalando {0}…</translation>
    </message>
    <message>
        <source>Installing {0}</source>
        <translation>Instalando {0}</translation>
    </message>
    <message>
        <source>{0}: {1} ({2} of {3})</source>
        <translation>{0}: {1} ({2} de {3})</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Cancelled: nothing changed</source>
        <translation>Cancelado: no se cambió nada</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Error: no se cambió nada</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; no se cambió nada.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>No se instaló nada.</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n bundle(s).</source>
        <translation>
            <numerusform>Se instaló %n paquete.</numerusform>
            <numerusform>Se instalaron %n paquetes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirados</translation>
    </message>
    <message>
        <source>Cancelled: the remaining bundles were not installed.</source>
        <translation>Cancelado: los paquetes restantes no se instalaron.</translation>
    </message>
    <message>
        <source>{0}: none</source>
        <translation>{0}: ninguno</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> y {0} más</translation>
    </message>
    <message>
        <source>{0} ({1}): {2}{3}</source>
        <translation>{0} ({1}): {2}{3}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>&amp;Interface language</source>
        <translation>I&amp;dioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma del &amp;sistema</translation>
    </message>
    <message>
        <source>Interface language: {0}.</source>
        <translation>Idioma de la interfaz: {0}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Abriendo el catálogo…</translation>
    </message>
    <message>
        <source>The catalogue could not be opened.

{0}</source>
        <translation>No se pudo abrir el catálogo.

{0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found; the {0} best are shown. Add a word or a filter.</source>
        <translation>
            <numerusform>%Ln encontrado; se muestran los {0} mejores. Añada una palabra o un filtro.</numerusform>
            <numerusform>%Ln encontrados; se muestran los {0} mejores. Añada una palabra o un filtro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No products found. Did you mean “{0}”?</source>
        <translation>No se encontró ningún producto. ¿Quería decir «{0}»?</translation>
    </message>
    <message>
        <source>More than {0} found; the {0} best are shown. Add a word or a filter.</source>
        <translation>Más de {0} encontrados; se muestran los {0} mejores. Añada una palabra o un filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n producto encontrado</numerusform>
            <numerusform>%n productos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No products found.</source>
        <translation>No se encontró ningún producto.</translation>
    </message>
    <message>
        <source>That entry is no longer in the catalogue.</source>
        <translation>Esa entrada ya no está en el catálogo.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importar paquetes…</translation>
    </message>
    <message>
        <source>Check for &amp;updates</source>
        <translation>Buscar act&amp;ualizaciones</translation>
    </message>
    <message>
        <source>Update &amp;feeds…</source>
        <translation>Actualizar &amp;fuentes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation>Idioma del co&amp;ntenido</translation>
    </message>
    <message>
        <source>Out-of-&amp;date after…</source>
        <translation>Desactualizado tr&amp;as…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>A&amp;trás</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>A&amp;delante</translation>
    </message>
    <message>
        <source>Out-of-date content</source>
        <translation>Contenido desactualizado</translation>
    </message>
    <message>
        <source>Mark an entry as out of date when its bundle was installed more than this
many days ago:</source>
        <translation>Marcar una entrada como desactualizada cuando su paquete se instaló hace más de este
número de días:</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your own notes on this product (kept on this computer)</source>
        <translation>Sus propias notas sobre este producto (guardadas en este equipo)</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Su nota</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardada</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardada</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardada</translation>
    </message>
</context>
<context>
    <name>PhotoScanDialog</name>
    <message>
        <source>{0}. Not checked: not a code idguide can check</source>
        <translation>{0}. Sin verificar: no es un código que idguide pueda verificar</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>no está en el catálogo</translation>
    </message>
    <message>
        <source>Codes in {0}</source>
        <translation>Códigos en {0}</translation>
    </message>
    <message>
        <source>&amp;Open the product</source>
        <translation>&amp;Abrir el producto</translation>
    </message>
    <message>
        <source>Start an &amp;examination with this photo</source>
        <translation>Iniciar un &amp;examen con esta foto</translation>
    </message>
    <message>
        <source>Each code is outlined and numbered on the photo.</source>
        <translation>Cada código está recuadrado y numerado en la foto.</translation>
    </message>
</context>
<context>
    <name>PhotoScanning</name>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp)</translation>
    </message>
    <message>
        <source>Scan a &amp;photo…</source>
        <translation>&amp;Leer una foto…</translation>
    </message>
    <message>
        <source>Scan a photo</source>
        <translation>Leer una foto</translation>
    </message>
    <message>
        <source>No barcode or 2D code was found in {0}.</source>
        <translation>No se encontró ningún código de barras ni código 2D en {0}.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Your photos</source>
        <translation>Sus fotos</translation>
    </message>
    <message>
        <source>Edit caption…</source>
        <translation>Editar la leyenda…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Añadir fotos…</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Leyenda de la foto</translation>
    </message>
    <message>
        <source>What this photo shows:</source>
        <translation>Lo que muestra esta foto:</translation>
    </message>
    <message>
        <source>Add photos of the examined item</source>
        <translation>Añadir fotos del artículo examinado</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation — idguide</source>
        <translation>Presentación — idguide</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Falsificación</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimir la ficha…</translation>
    </message>
    <message>
        <source>Nothing to present: these products are not in this catalogue.</source>
        <translation>Nada que presentar: estos productos no están en este catálogo.</translation>
    </message>
    <message>
        <source>ALERT: {0}</source>
        <translation>ALERTA: {0}</translation>
    </message>
    <message>
        <source>lot codes {0}</source>
        <translation>códigos de lote {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n authentication feature(s)</source>
        <translation>
            <numerusform>%n característica de autenticación</numerusform>
            <numerusform>%n características de autenticación</numerusform>
        </translation>
    </message>
    <message>
        <source>Right or Page Down: next · Left or Page Up: back · Esc: leave</source>
        <translation>Derecha o Av Pág: siguiente · Izquierda o Re Pág: atrás · Esc: salir</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Product {0} of {1}</source>
        <translation>Producto {0} de {1}</translation>
    </message>
    <message>
        <source>feature {0} of {1}</source>
        <translation>característica {0} de {1}</translation>
    </message>
</context>
<context>
    <name>ProductView</name>
    <message>
        <source>Route</source>
        <translation>Ruta</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valor declarado</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>Comercio electrónico</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Embalaje</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Start examination (Ctrl+E)</source>
        <translation>Empezar un examen (Ctrl+E)</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Consejos</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Counterfeit and risk indicators</source>
        <translation>Indicadores de falsificación y de riesgo</translation>
    </message>
    <message>
        <source>Verification contacts</source>
        <translation>Contactos de verificación</translation>
    </message>
    <message>
        <source>DEMO (fictional content): not a real product or rights holder.</source>
        <translation>DEMO (contenido ficticio): no es un producto ni un titular de derechos reales.</translation>
    </message>
    <message>
        <source>WITHDRAWN by its publisher: do not rely on this entry; contact the rights holder.</source>
        <translation>RETIRADA por su editor: no se base en esta entrada; contacte con el titular de los derechos.</translation>
    </message>
    <message>
        <source>PUBLISHER REVOKED: {0} is no longer trusted. Do not rely on this entry.</source>
        <translation>EDITOR REVOCADO: {0} ya no es de confianza. No se base en esta entrada.</translation>
    </message>
    <message>
        <source>REVOKED: this entry&apos;s signature is no longer trusted. Do not rely on it.</source>
        <translation>REVOCADA: la firma de esta entrada ya no es de confianza. No se base en ella.</translation>
    </message>
    <message>
        <source>OUT OF DATE: installed {0}, more than {1} days ago. Newer information may exist; ask for the publisher&apos;s latest bundle.</source>
        <translation>DESACTUALIZADA: instalada el {0}, hace más de {1} días. Puede haber información más reciente; pida el último paquete del editor.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelos</translation>
    </message>
    <message>
        <source>Barcodes</source>
        <translation>Códigos de barras</translation>
    </message>
    <message>
        <source>HS codes</source>
        <translation>Códigos SA</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Fabricado en</translation>
    </message>
    <message>
        <source>Sold in</source>
        <translation>Vendido en</translation>
    </message>
    <message>
        <source>Never sold in</source>
        <translation>Nunca vendido en</translation>
    </message>
    <message>
        <source>Typical price</source>
        <translation>Precio habitual</translation>
    </message>
    <message>
        <source>no. {0} of {1}</source>
        <translation>n.º {0} del {1}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Paquete</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALERTA</translation>
    </message>
    <message>
        <source>Expired alert</source>
        <translation>Alerta vencida</translation>
    </message>
    <message>
        <source>issued {0}</source>
        <translation>emitida el {0}</translation>
    </message>
    <message>
        <source>lot codes {0}</source>
        <translation>códigos de lote {0}</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Esta imagen no se puede mostrar.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sin descripción.</translation>
    </message>
    <message>
        <source>Packaging: {0}</source>
        <translation>Embalaje: {0}</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>No se indica ninguno.</translation>
    </message>
    <message>
        <source>Languages: {0}</source>
        <translation>Idiomas: {0}</translation>
    </message>
    <message>
        <source>Regions: {0}</source>
        <translation>Regiones: {0}</translation>
    </message>
    <message>
        <source>The publisher lists no contacts.</source>
        <translation>El editor no indica ningún contacto.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Fuente: {0}</translation>
    </message>
    <message>
        <source>bundle {0} of {1}</source>
        <translation>paquete {0} del {1}</translation>
    </message>
    <message>
        <source>installed {0}</source>
        <translation>instalado el {0}</translation>
    </message>
    <message>
        <source>rights valid until {0}</source>
        <translation>derechos válidos hasta el {0}</translation>
    </message>
    <message>
        <source>entry revision {0}</source>
        <translation>revisión de la entrada {0}</translation>
    </message>
</context>
<context>
    <name>ProgressArea</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{0}…</source>
        <translation>{0}…</translation>
    </message>
    <message>
        <source>{0}: {1} of {2}</source>
        <translation>{0}: {1} de {2}</translation>
    </message>
</context>
<context>
    <name>Punctuation</name>
    <message>
        <source>{0}: {1}</source>
        <comment>a label, then its text</comment>
        <translation>{0}: {1}</translation>
    </message>
</context>
<context>
    <name>RequesterForm</name>
    <message>
        <source>Your &amp;name</source>
        <translation>Su &amp;nombre</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Or&amp;ganismo</translation>
    </message>
    <message>
        <source>O&amp;ffice or post</source>
        <translation>O&amp;ficina o puesto</translation>
    </message>
    <message>
        <source>&amp;Reply to (e-mail, phone)</source>
        <translation>&amp;Responder a (correo, teléfono)</translation>
    </message>
    <message>
        <source>Use these for my next examinations</source>
        <translation>Usar estos datos en mis próximos exámenes</translation>
    </message>
    <message>
        <source>New examinations on this computer start with these details</source>
        <translation>Los nuevos exámenes en este equipo empiezan con estos datos</translation>
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
        <translation>modelo</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>SA</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The barcode (GTIN) matched</source>
        <translation>Coincidió el código de barras (GTIN)</translation>
    </message>
    <message>
        <source>A model or reference number matched</source>
        <translation>Coincidió un número de modelo o de referencia</translation>
    </message>
    <message>
        <source>An HS code matched</source>
        <translation>Coincidió un código SA</translation>
    </message>
    <message>
        <source>The brand matched</source>
        <translation>Coincidió la marca</translation>
    </message>
    <message>
        <source>The product name matched</source>
        <translation>Coincidió el nombre del producto</translation>
    </message>
    <message>
        <source>Words in the description or features matched</source>
        <translation>Coincidieron palabras de la descripción o de las características</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Coincidencia</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Revoked: its publisher or its signing key is no longer trusted</source>
        <translation>Revocado: su editor o su clave de firma ya no es de confianza</translation>
    </message>
    <message>
        <source>Withdrawn by its publisher</source>
        <translation>Retirado por su editor</translation>
    </message>
    <message>
        <source>HS headings: {0}</source>
        <translation>Partidas SA: {0}</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
</context>
<context>
    <name>ScanResultPanel</name>
    <message>
        <source>RED</source>
        <translation>ROJO</translation>
    </message>
    <message>
        <source>AMBER</source>
        <translation>ÁMBAR</translation>
    </message>
    <message>
        <source>GREEN</source>
        <translation>VERDE</translation>
    </message>
    <message>
        <source>RED: a known red flag. Hold the item.</source>
        <translation>ROJO: un indicio de fraude conocido. Retenga el artículo.</translation>
    </message>
    <message>
        <source>AMBER: look closer before deciding.</source>
        <translation>ÁMBAR: mire más de cerca antes de decidir.</translation>
    </message>
    <message>
        <source>GREEN: no known red flag (this does not prove the item genuine).</source>
        <translation>VERDE: ningún indicio de fraude conocido (esto no prueba que el artículo sea original).</translation>
    </message>
    <message>
        <source>Scanned: {0}</source>
        <translation>Leído: {0}</translation>
    </message>
    <message>
        <source>GTIN {0}</source>
        <translation>GTIN {0}</translation>
    </message>
    <message>
        <source>lot {0}</source>
        <translation>lote {0}</translation>
    </message>
    <message>
        <source>serial {0}</source>
        <translation>número de serie {0}</translation>
    </message>
    <message>
        <source>expiry {0}</source>
        <translation>caducidad {0}</translation>
    </message>
</context>
<context>
    <name>ScanSessionWindow</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>GTIN</source>
        <translation>GTIN</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>Número de serie</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Lo que se encontró</translation>
    </message>
    <message>
        <source>No known red flag.</source>
        <translation>Ningún indicio de fraude conocido.</translation>
    </message>
    <message>
        <source>Scan session</source>
        <translation>Sesión de lectura</translation>
    </message>
    <message>
        <source>Scan the items one after another.</source>
        <translation>Lea los artículos uno tras otro.</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nueva sesión</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) scanned, {0} red.</source>
        <translation>
            <numerusform>%n artículo leído, {0} en rojo.</numerusform>
            <numerusform>%n artículos leídos, {0} en rojo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan s&amp;ession…</source>
        <translation>Sesión de l&amp;ectura…</translation>
    </message>
</context>
<context>
    <name>ScanState</name>
    <message>
        <source>Wrong check digit: scan again</source>
        <translation>Dígito de control erróneo: vuelva a leer</translation>
    </message>
    <message>
        <source>Not a code idguide can read: scan again</source>
        <translation>No es un código que idguide pueda leer: vuelva a leer</translation>
    </message>
    <message>
        <source>Not among the products of the filters chosen: {0}</source>
        <translation>No está entre los productos de los filtros elegidos: {0}</translation>
    </message>
    <message>
        <source>Not in the catalogue: {0}</source>
        <translation>No está en el catálogo: {0}</translation>
    </message>
    <message>
        <source>Clear the filters above the results and scan again.</source>
        <translation>Quite los filtros que hay sobre los resultados y vuelva a leer.</translation>
    </message>
    <message>
        <source>No entry in this catalogue carries this barcode. Check the item by hand, or ask the rights holder; an update of the catalogue may add it.</source>
        <translation>Ninguna entrada de este catálogo lleva este código de barras. Compruebe el artículo a mano o consulte al titular de los derechos; una actualización del catálogo puede añadirlo.</translation>
    </message>
    <message>
        <source>Scan again, or type the number printed under the barcode and press Enter.</source>
        <translation>Vuelva a leer, o escriba el número impreso bajo el código de barras y pulse Intro.</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <source>Scanner</source>
        <translation>Lector</translation>
    </message>
    <message>
        <source>&amp;Sound when a scanned code names no product or is red</source>
        <translation>&amp;Sonido cuando un código leído no corresponde a ningún producto o es rojo</translation>
    </message>
    <message>
        <source>&amp;Prefix the scanner sends:</source>
        <translation>&amp;Prefijo que envía el lector:</translation>
    </message>
    <message>
        <source>S&amp;uffix the scanner sends:</source>
        <translation>S&amp;ufijo que envía el lector:</translation>
    </message>
    <message>
        <source>idguide tells a scanner from a person by its speed. A scanner set to send a prefix and a suffix around each code is told apart for certain: type them here, one character each that no code holds (for example § and ~; not a letter, digit, space or punctuation that codes use). Leave empty when the scanner sends none.</source>
        <translation>idguide distingue un lector de una persona por su velocidad. Un lector configurado para enviar un prefijo y un sufijo alrededor de cada código se distingue con certeza: escríbalos aquí, un carácter cada uno que ningún código contenga (por ejemplo § y ~; no una letra, una cifra, un espacio ni un signo de puntuación que usen los códigos). Déjelos vacíos si el lector no envía ninguno.</translation>
    </message>
    <message>
        <source>Use a character that no code holds, such as § or ~: letters, digits, spaces and the punctuation of codes would cut codes short.</source>
        <translation>Use un carácter que ningún código contenga, como § o ~: las letras, las cifras, los espacios y la puntuación de los códigos cortarían los códigos.</translation>
    </message>
    <message>
        <source>The prefix and the suffix must differ.</source>
        <translation>El prefijo y el sufijo deben ser distintos.</translation>
    </message>
</context>
<context>
    <name>ScannerWatch</name>
    <message>
        <source>Sca&amp;nner…</source>
        <translation>&amp;Lector…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Brand, product, barcode or HS code (e.g. 8204.11)</source>
        <translation>Marca, producto, código de barras o código SA (p. ej. 8204.11)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>SpotTheFakeWindow</name>
    <message>
        <source>Spot the fake — idguide</source>
        <translation>Encuentre la falsificación — idguide</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No product here has both a genuine and a fake picture.</source>
        <translation>Ningún producto tiene aquí a la vez una imagen del original y una de una falsificación.</translation>
    </message>
    <message>
        <source>Which one is the fake? L: left · R: right · Space: reveal</source>
        <translation>¿Cuál es la falsificación? L: izquierda · R: derecha · Espacio: revelar</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Right or N: next product</source>
        <translation>Derecha o N: producto siguiente</translation>
    </message>
    <message>
        <source>Revealed.</source>
        <translation>Revelado.</translation>
    </message>
    <message>
        <source>Correct!</source>
        <translation>¡Correcto!</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>Esta vez no.</translation>
    </message>
    <message>
        <source>COUNTERFEIT</source>
        <translation>FALSIFICACIÓN</translation>
    </message>
    <message>
        <source>GENUINE</source>
        <translation>ORIGINAL</translation>
    </message>
    <message>
        <source>{0}. {1} — the fake: {2}</source>
        <translation>{0}. {1} — la falsificación: {2}</translation>
    </message>
    <message>
        <source>End of the round. Esc: leave</source>
        <translation>Fin de la ronda. Esc: salir</translation>
    </message>
    <message>
        <source>Score: {0} of {1} · product {2} of {3}</source>
        <translation>Puntuación: {0} de {1} · producto {2} de {3}</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>idguide: opening…</source>
        <translation>idguide: abriendo…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Buscar…</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Abriendo el catálogo…</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Talleres…</translation>
    </message>
    <message>
        <source>&amp;Present this product</source>
        <translation>&amp;Presentar este producto</translation>
    </message>
    <message>
        <source>&amp;Spot the fake (catalogue round)</source>
        <translation>&amp;Encuentre la falsificación (ronda del catálogo)</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Imprimir la &amp;ficha…</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Formación</translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <source>No update feed is set up. Add your administration&apos;s feed in File &gt; Update feeds…, with the root file it gave you.</source>
        <translation>No hay ninguna fuente de actualizaciones configurada. Añada la fuente de su administración en Archivo &gt; Actualizar fuentes…, con el archivo raíz que le dio.</translation>
    </message>
    <message>
        <source>Installing updates</source>
        <translation>Instalando actualizaciones</translation>
    </message>
    <message>
        <source>The check stopped because of a bug; nothing more was changed.</source>
        <translation>La comprobación se detuvo por un error del programa; no se cambió nada más.</translation>
    </message>
</context>
<context>
    <name>UpdateIndicator</name>
    <message>
        <source>Details…</source>
        <translation>Detalles…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Updates</name>
    <message>
        <source>Managed by IT: a system job installs the updates.</source>
        <translation>Gestionado por informática: una tarea del sistema instala las actualizaciones.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Buscando actualizaciones…</translation>
    </message>
    <message>
        <source>This catalogue is managed by IT: a system job installs the updates.</source>
        <translation>Este catálogo lo gestiona informática: una tarea del sistema instala las actualizaciones.</translation>
    </message>
    <message>
        <source>Updates: {0} ({1}%)</source>
        <translation>Actualizaciones: {0} ({1} %)</translation>
    </message>
    <message>
        <source>Updates: {0}…</source>
        <translation>Actualizaciones: {0}…</translation>
    </message>
</context>
<context>
    <name>UpdatesDialog</name>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Updates could not be checked</source>
        <translation>No se pudieron buscar actualizaciones</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Actualizaciones</translation>
    </message>
    <message>
        <source>Some updates were refused</source>
        <translation>Se rechazaron algunas actualizaciones</translation>
    </message>
    <message>
        <source>Updates installed</source>
        <translation>Actualizaciones instaladas</translation>
    </message>
    <message>
        <source>Everything is up to date</source>
        <translation>Todo está al día</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after installing %n bundle(s); they stay installed, the rest were not installed.</source>
        <translation>
            <numerusform>Cancelado tras instalar %n paquete; sigue instalado, el resto no se instaló.</numerusform>
            <numerusform>Cancelado tras instalar %n paquetes; siguen instalados, el resto no se instaló.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>No se comprobó nada.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) installed</source>
        <translation>
            <numerusform>%n paquete instalado</numerusform>
            <numerusform>%n paquetes instalados</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} refused</source>
        <translation>{0} rechazados</translation>
    </message>
    <message numerus="yes">
        <source>%n publisher(s) up to date</source>
        <translation>
            <numerusform>%n editor al día</numerusform>
            <numerusform>%n editores al día</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be checked</source>
        <translation>
            <numerusform>%n fuente no se pudo comprobar</numerusform>
            <numerusform>%n fuentes no se pudieron comprobar</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is up to date: the feeds offer nothing.</source>
        <translation>Todo está al día: las fuentes no ofrecen nada.</translation>
    </message>
    <message>
        <source>Updates: {0}.</source>
        <translation>Actualizaciones: {0}.</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} withdrawn</source>
        <translation>{0} añadidos, {1} actualizados, {2} retirados</translation>
    </message>
    <message>
        <source>full bundle</source>
        <translation>paquete completo</translation>
    </message>
    <message>
        <source>update</source>
        <translation>actualización</translation>
    </message>
    <message>
        <source>Installed {0} from feed {1}: {2}.</source>
        <translation>Instalado {0} desde la fuente {1}: {2}.</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>Productos: {0}</translation>
    </message>
    <message>
        <source>{0}: bundle {1}</source>
        <translation>{0}: paquete {1}</translation>
    </message>
    <message>
        <source>The feed itself</source>
        <translation>La propia fuente</translation>
    </message>
    <message>
        <source>bundle {0}</source>
        <translation>paquete {0}</translation>
    </message>
    <message>
        <source>{0} is up to date ({1}).</source>
        <translation>{0} está al día ({1}).</translation>
    </message>
    <message>
        <source>nothing installed</source>
        <translation>nada instalado</translation>
    </message>
    <message>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <source>added</source>
        <translation>añadido</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>Trust from feed {0}: {1}.</source>
        <translation>Confianza de la fuente {0}: {1}.</translation>
    </message>
    <message>
        <source>Feed {0}: {1}.</source>
        <translation>Fuente {0}: {1}.</translation>
    </message>
    <message>
        <source>Downloaded {0}.</source>
        <translation>Descargado: {0}.</translation>
    </message>
    <message>
        <source>Reading the feeds…</source>
        <translation>Leyendo las fuentes…</translation>
    </message>
    <message>
        <source>Checking the feeds…</source>
        <translation>Comprobando las fuentes…</translation>
    </message>
    <message>
        <source>Stopping… (waiting for the feed to answer; nothing is changed)</source>
        <translation>Deteniendo… (esperando la respuesta de la fuente; no se cambia nada)</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Buscar actualizaciones</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Buscando actualizaciones…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>What the check did</source>
        <translation>Lo que hizo la comprobación</translation>
    </message>
    <message>
        <source>Update &amp;feeds…</source>
        <translation>Actualizar &amp;fuentes…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <source>Installed</source>
        <translation>Instalado</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Al día</translation>
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
        <translation>Abriendo el catálogo</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshops — idguide</source>
        <translation>Talleres — idguide</translation>
    </message>
    <message>
        <source>Workshop sets</source>
        <translation>Conjuntos de taller</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Cambiar el &amp;nombre…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Your note on this product for the workshop</source>
        <translation>Su nota sobre este producto para el taller</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Trainer&apos;s note</source>
        <translation>Nota del formador</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Presentar</translation>
    </message>
    <message>
        <source>&amp;Spot the fake</source>
        <translation>&amp;Encuentre la falsificación</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Imprimir la &amp;ficha…</translation>
    </message>
    <message>
        <source>Find a product to add</source>
        <translation>Buscar un producto para añadir</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Productos encontrados</translation>
    </message>
    <message>
        <source>Add products</source>
        <translation>Añadir productos</translation>
    </message>
    <message>
        <source>Add the &amp;current product</source>
        <translation>Añadir el producto a&amp;ctual</translation>
    </message>
    <message>
        <source>&amp;Add the selected product</source>
        <translation>&amp;Añadir el producto seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n product(s))</source>
        <translation>
            <numerusform>{0} (%n producto)</numerusform>
            <numerusform>{0} (%n productos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No workshop sets yet: choose New… to make one.</source>
        <translation>Aún no hay conjuntos de taller: elija Nuevo… para crear uno.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nuevo taller</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Cambiar el nombre del taller</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Eliminar el taller</translation>
    </message>
    <message>
        <source>Delete the workshop “{0}”? The products stay in the catalogue.</source>
        <translation>¿Eliminar el taller «{0}»? Los productos siguen en el catálogo.</translation>
    </message>
    <message>
        <source>Workshop written to {0}</source>
        <translation>Taller escrito en {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported “{0}” with %n product(s).</source>
        <translation>
            <numerusform>Importado «{0}» con %n producto.</numerusform>
            <numerusform>Importado «{0}» con %n productos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this catalogue (kept in the set, marked):</source>
        <translation>No están en este catálogo (se conservan en el conjunto, marcados):</translation>
    </message>
    <message>
        <source>Export workshop</source>
        <translation>Exportar el taller</translation>
    </message>
    <message>
        <source>Workshop files (*.idgw)</source>
        <translation>Archivos de taller (*.idgw)</translation>
    </message>
    <message>
        <source>Import workshop</source>
        <translation>Importar un taller</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>{0} (not in this catalogue)</source>
        <translation>{0} (no está en este catálogo)</translation>
    </message>
    <message>
        <source>{0} (withdrawn)</source>
        <translation>{0} (retirado)</translation>
    </message>
    <message>
        <source>Products of the workshop</source>
        <translation>Productos del taller</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>Picture: + and - zoom, F fits, 1 shows 100%</source>
        <translation>Imagen: + y - acercan y alejan, F ajusta, 1 muestra al 100 %</translation>
    </message>
</context>
</TS>
