<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AppearanceMenu</name>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Tamanho do texto</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation>Texto m&amp;enor</translation>
    </message>
    <message>
        <source>&amp;Normal text size</source>
        <translation>Tamanho de texto &amp;normal</translation>
    </message>
    <message>
        <source>C&amp;olours</source>
        <translation>C&amp;ores</translation>
    </message>
    <message>
        <source>Follow the &amp;system</source>
        <translation>Seguir o &amp;sistema</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Escuro</translation>
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
        <translation>Digite para filtrar a lista</translation>
    </message>
    <message>
        <source>Narrow the categories</source>
        <translation>Filtrar as categorias</translation>
    </message>
    <message>
        <source>Browse by category</source>
        <translation>Navegar por categoria</translation>
    </message>
    <message>
        <source>Up and Down choose a category, Enter lists its products.</source>
        <translation>Para cima e Para baixo escolhem uma categoria; Enter lista os produtos dela.</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorias</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Not checked yet</source>
        <translation>Ainda não verificado</translation>
    </message>
    <message>
        <source>As genuine</source>
        <translation>Como o original</translation>
    </message>
    <message>
        <source>Differs</source>
        <translation>Difere</translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation>Não é possível dizer</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indeterminado</translation>
    </message>
    <message>
        <source>Likely genuine</source>
        <translation>Provavelmente original</translation>
    </message>
    <message>
        <source>Suspected counterfeit</source>
        <translation>Suspeita de falsificação</translation>
    </message>
    <message>
        <source>current</source>
        <translation>atual</translation>
    </message>
    <message>
        <source>updated since</source>
        <translation>atualizada desde então</translation>
    </message>
    <message>
        <source>WITHDRAWN</source>
        <translation>RETIRADA</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removida</translation>
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
        <translation>Comentário</translation>
    </message>
    <message>
        <source>The entry lists no authentication features.</source>
        <translation>A entrada não lista nenhuma característica de autenticação.</translation>
    </message>
    <message>
        <source>Feature {0} found</source>
        <translation>Característica {0}: encontrado</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>O que você viu</translation>
    </message>
    <message>
        <source>Feature {0} comment</source>
        <translation>Característica {0}: comentário</translation>
    </message>
    <message>
        <source>Genuine: {0}</source>
        <translation>Original: {0}</translation>
    </message>
    <message>
        <source>Counterfeit: {0}</source>
        <translation>Falsificação: {0}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>Pictures (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Imagens (*.jpg *.jpeg *.png *.webp);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>YOUR PHOTO</source>
        <translation>SUA FOTO</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>No genuine picture in this entry.</source>
        <translation>Nenhuma imagem do original nesta entrada.</translation>
    </message>
    <message>
        <source>Counterfeit or your photo</source>
        <translation>Falsificação ou sua foto</translation>
    </message>
    <message>
        <source>No counterfeit picture in this entry.

Open your own photo (Ctrl+O) or drop it here to compare.</source>
        <translation>Nenhuma imagem de falsificação nesta entrada.

Abra sua própria foto (Ctrl+O) ou solte-a aqui para comparar.</translation>
    </message>
    <message>
        <source>← &amp;Back (Esc)</source>
        <translation>← &amp;Voltar (Esc)</translation>
    </message>
    <message>
        <source>&amp;Synchronise zoom and pan</source>
        <translation>&amp;Sincronizar zoom e deslocamento</translation>
    </message>
    <message>
        <source>&amp;Open your photo… (Ctrl+O)</source>
        <translation>&amp;Abrir sua foto… (Ctrl+O)</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Diminuir zoom (-)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Aumentar zoom (+)</translation>
    </message>
    <message>
        <source>&amp;Fit</source>
        <translation>A&amp;justar</translation>
    </message>
    <message>
        <source>The whole picture (F)</source>
        <translation>A imagem inteira (F)</translation>
    </message>
    <message>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>One picture pixel per screen pixel (A)</source>
        <translation>Um pixel da imagem por pixel da tela (A)</translation>
    </message>
    <message>
        <source>Authentication features</source>
        <translation>Características de autenticação</translation>
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
        <translation>Abrir sua foto</translation>
    </message>
    <message>
        <source>Your photo: {0}</source>
        <translation>Sua foto: {0}</translation>
    </message>
    <message>
        <source>Open a product first, then drop your photo on it to compare.</source>
        <translation>Abra primeiro um produto e depois solte sua foto sobre ele para comparar.</translation>
    </message>
</context>
<context>
    <name>Entering</name>
    <message numerus="yes">
        <source>%n product(s) carry barcode {0}: choose one</source>
        <translation>
            <numerusform>%n produto tem o código de barras {0}: escolha-o</numerusform>
            <numerusform>%n produtos têm o código de barras {0}: escolha um</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n found for {0}: choose one with Up/Down and Enter</source>
        <translation>
            <numerusform>%n encontrado para {0}: escolha-o com Para cima/Para baixo e Enter</numerusform>
            <numerusform>%n encontrados para {0}: escolha um com Para cima/Para baixo e Enter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>idguide: a bug</source>
        <translation>idguide: um erro do programa</translation>
    </message>
    <message>
        <source>idguide: a problem with this computer</source>
        <translation>idguide: um problema com este computador</translation>
    </message>
    <message>
        <source>This is a bug in idguide. What you were doing was not completed; your catalogue and notes are as they were. Please report it with the details below.</source>
        <translation>Isto é um erro do idguide. O que você estava fazendo não foi concluído; seu catálogo e suas notas continuam como estavam. Informe o erro com os detalhes abaixo.</translation>
    </message>
</context>
<context>
    <name>ExamListWindow</name>
    <message>
        <source>Examinations — idguide</source>
        <translation>Exames — idguide</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Processo</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Última alteração</translation>
    </message>
    <message>
        <source>No examinations yet. Start one from a product page (Ctrl+E).</source>
        <translation>Ainda não há exames. Comece um na página de um produto (Ctrl+E).</translation>
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
        <translation>Exame — idguide</translation>
    </message>
    <message>
        <source>Opening the examination…</source>
        <translation>Abrindo o exame…</translation>
    </message>
    <message>
        <source>Export verification request…</source>
        <translation>Exportar o pedido de verificação…</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificação</translation>
    </message>
    <message>
        <source>Your photos</source>
        <translation>Suas fotos</translation>
    </message>
    <message>
        <source>Verdict and case</source>
        <translation>Veredito e processo</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Solicitado por</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unidade</translation>
    </message>
    <message>
        <source>Unit of the quantity</source>
        <translation>Unidade da quantidade</translation>
    </message>
    <message>
        <source>As printed on the label</source>
        <translation>Como impresso no rótulo</translation>
    </message>
    <message>
        <source>Overall &amp;verdict</source>
        <translation>&amp;Veredito geral</translation>
    </message>
    <message>
        <source>&amp;Case reference</source>
        <translation>Referência do &amp;processo</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Local</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>&amp;Quantidade</translation>
    </message>
    <message>
        <source>&amp;Lot code</source>
        <translation>Código de l&amp;ote</translation>
    </message>
    <message>
        <source>Declared &amp;origin</source>
        <translation>&amp;Origem declarada</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <source>New examinations will start with these details.</source>
        <translation>Os novos exames começarão com estes dados.</translation>
    </message>
    <message>
        <source>Examination {0}: {1}</source>
        <translation>Exame {0}: {1}</translation>
    </message>
    <message>
        <source>Examination {0} — idguide</source>
        <translation>Exame {0} — idguide</translation>
    </message>
    <message>
        <source>Last saved {0}</source>
        <translation>Salvo pela última vez {0}</translation>
    </message>
    <message>
        <source>The catalogue entry has been updated since this examination was started; the checklist shows the features as they were then.</source>
        <translation>A entrada do catálogo foi atualizada desde que este exame começou; a lista de verificação mostra as características como eram então.</translation>
    </message>
    <message>
        <source>WITHDRAWN: the publisher has withdrawn this catalogue entry since the examination was started. Do not rely on it for new checks; contact the rights holder.</source>
        <translation>RETIRADA: o editor retirou esta entrada do catálogo desde que o exame começou. Não se baseie nela para novas verificações; entre em contato com o titular dos direitos.</translation>
    </message>
    <message>
        <source>The catalogue entry is no longer in this catalogue; this record keeps what was checked against it.</source>
        <translation>A entrada não está mais neste catálogo; este registro guarda o que foi verificado com ela.</translation>
    </message>
    <message>
        <source>The examination could not be opened.</source>
        <translation>Não foi possível abrir o exame.</translation>
    </message>
    <message>
        <source>Likely genuine?</source>
        <translation>Provavelmente original?</translation>
    </message>
    <message>
        <source>Found to differ from the genuine entry:
{0}

A feature that differs usually means a counterfeit. Record the verdict “Likely genuine” all the same?</source>
        <translation>Diferenças encontradas em relação à entrada original:
{0}

Uma característica que difere geralmente indica uma falsificação. Registrar mesmo assim o veredito “Provavelmente original”?</translation>
    </message>
    <message>
        <source>⚠ Lot {0} is named in the alert “{1}” of {2}.</source>
        <translation>⚠ O lote {0} é citado no alerta “{1}” de {2}.</translation>
    </message>
    <message>
        <source>Changed; saving…</source>
        <translation>Alterado; salvando…</translation>
    </message>
    <message>
        <source>Saved {0}</source>
        <translation>Salvo {0}</translation>
    </message>
    <message>
        <source>Not saved: {0}</source>
        <translation>Não salvo: {0}</translation>
    </message>
    <message>
        <source>Photo added and saved.</source>
        <translation>Foto adicionada e salva.</translation>
    </message>
    <message>
        <source>Caption saved.</source>
        <translation>Legenda salva.</translation>
    </message>
    <message>
        <source>Folder for the verification request</source>
        <translation>Pasta para o pedido de verificação</translation>
    </message>
    <message>
        <source>Exporting the verification request</source>
        <translation>Exportando o pedido de verificação</translation>
    </message>
    <message>
        <source>Written: {0} and {1}</source>
        <translation>Gravado: {0} e {1}</translation>
    </message>
</context>
<context>
    <name>Examinations</name>
    <message>
        <source>Start &amp;examination</source>
        <translation>&amp;Iniciar um exame</translation>
    </message>
    <message>
        <source>E&amp;xaminations…</source>
        <translation>&amp;Exames…</translation>
    </message>
    <message>
        <source>E&amp;xamination</source>
        <translation>&amp;Exame</translation>
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
        <translation>Falsificação</translation>
    </message>
    <message>
        <source>Check with: {0}</source>
        <translation>Verificar com: {0}</translation>
    </message>
</context>
<context>
    <name>FeaturePanel</name>
    <message>
        <source>naked eye</source>
        <translation>a olho nu</translation>
    </message>
    <message>
        <source>loupe</source>
        <translation>lupa</translation>
    </message>
    <message>
        <source>UV lamp</source>
        <translation>lâmpada UV</translation>
    </message>
    <message>
        <source>touch</source>
        <translation>tato</translation>
    </message>
    <message>
        <source>scale</source>
        <translation>balança</translation>
    </message>
    <message>
        <source>smell</source>
        <translation>olfato</translation>
    </message>
    <message>
        <source>barcode scan</source>
        <translation>leitura do código de barras</translation>
    </message>
    <message>
        <source>Authentication features</source>
        <translation>Características de autenticação</translation>
    </message>
    <message>
        <source>This entry lists no authentication features.</source>
        <translation>Esta entrada não lista nenhuma característica de autenticação.</translation>
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
        <translation>nunca atualizado</translation>
    </message>
    <message>
        <source>OUT OF DATE since {0}</source>
        <translation>VENCIDO desde {0}</translation>
    </message>
    <message>
        <source>current until {0}</source>
        <translation>válido até {0}</translation>
    </message>
    <message>
        <source>Update feeds</source>
        <translation>Atualizar fontes</translation>
    </message>
    <message>
        <source>Check for updates  (Ctrl+U)</source>
        <translation>Procurar atualizações  (Ctrl+U)</translation>
    </message>
    <message>
        <source>Managed by IT: a system job installs the updates.</source>
        <translation>Gerenciado pela TI: uma tarefa do sistema instala as atualizações.</translation>
    </message>
    <message>
        <source>Feed {0} is out of date since {1}: nothing new can be installed from it until its administrators renew it.</source>
        <translation>A fonte {0} está vencida desde {1}: nada novo pode ser instalado dela até que seus administradores a renovem.</translation>
    </message>
    <message>
        <source>{0}: last updated {1} · {2}</source>
        <translation>{0}: última atualização {1} · {2}</translation>
    </message>
    <message>
        <source>Last check failed: {0}</source>
        <translation>A última verificação falhou: {0}</translation>
    </message>
    <message>
        <source>This catalogue is managed by IT: a system job installs the updates. This list only shows the feeds&apos; state.</source>
        <translation>Este catálogo é gerenciado pela TI: uma tarefa do sistema instala as atualizações. Esta lista só mostra o estado das fontes.</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Address or folder</source>
        <translation>Endereço ou pasta</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Última atualização</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>At start</source>
        <translation>Ao iniciar</translation>
    </message>
    <message>
        <source>A feed is checked only when you choose File &gt; Check for updates (Ctrl+U), or at start when “At start” is ticked for it. Nothing reaches the network otherwise.</source>
        <translation>Uma fonte só é verificada quando você escolhe Arquivo &gt; Procurar atualizações (Ctrl+U), ou ao iniciar se “Ao iniciar” estiver marcado para ela. Fora isso, nada acessa a rede.</translation>
    </message>
    <message>
        <source>&amp;Add feed…</source>
        <translation>&amp;Adicionar fonte…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>No feed is set up yet.</source>
        <translation>Nenhuma fonte configurada ainda.</translation>
    </message>
    <message>
        <source>Check this feed when idguide starts</source>
        <translation>Verificar esta fonte quando o idguide iniciar</translation>
    </message>
    <message>
        <source>Not while a check for updates runs.</source>
        <translation>Não durante uma busca de atualizações.</translation>
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
        <translation>Remover fonte</translation>
    </message>
    <message>
        <source>Stop updating from feed {0}?

What it installed stays. To add it again you will need its root file.</source>
        <translation>Parar de atualizar a partir da fonte {0}?

O que ela instalou permanece. Para adicioná-la de novo, você precisará do arquivo raiz dela.</translation>
    </message>
    <message>
        <source>Add an update feed</source>
        <translation>Adicionar uma fonte de atualizações</translation>
    </message>
    <message>
        <source>https://updates.example.org/feed/ or a folder</source>
        <translation>https://updates.example.org/feed/ ou uma pasta</translation>
    </message>
    <message>
        <source>1.root.json, from your administration</source>
        <translation>1.root.json, da sua administração</translation>
    </message>
    <message>
        <source>optional: a short name, e.g. hq</source>
        <translation>opcional: um nome curto, p. ex. hq</translation>
    </message>
    <message>
        <source>optional: your proxy&apos;s CA file, for HTTPS</source>
        <translation>opcional: o arquivo de CA do seu proxy, para HTTPS</translation>
    </message>
    <message>
        <source>Check this feed each time idguide starts (it then reaches the network)</source>
        <translation>Verificar esta fonte sempre que o idguide iniciar (ele então acessa a rede)</translation>
    </message>
    <message>
        <source>Address or folder:</source>
        <translation>Endereço ou pasta:</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>Pasta…</translation>
    </message>
    <message>
        <source>Root file:</source>
        <translation>Arquivo raiz:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>CA certificates:</source>
        <translation>Certificados de CA:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Your administration gives you the feed&apos;s address (or a folder: a USB stick, a shared folder) and its root file. Nothing is downloaded now.</source>
        <translation>Sua administração fornece o endereço da fonte (ou uma pasta: um pen drive, uma pasta compartilhada) e o arquivo raiz dela. Nada é baixado agora.</translation>
    </message>
    <message>
        <source>The feed&apos;s folder</source>
        <translation>A pasta da fonte</translation>
    </message>
    <message>
        <source>The feed&apos;s root file</source>
        <translation>O arquivo raiz da fonte</translation>
    </message>
    <message>
        <source>CA certificates</source>
        <translation>Certificados de CA</translation>
    </message>
    <message>
        <source>Give the feed&apos;s address or folder, and its root file.</source>
        <translation>Informe o endereço ou a pasta da fonte, e o arquivo raiz dela.</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>{0} file</source>
        <translation>Arquivo {0}</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Filter by category</source>
        <translation>Filtrar por categoria</translation>
    </message>
    <message>
        <source>Filter by brand</source>
        <translation>Filtrar por marca</translation>
    </message>
    <message>
        <source>Filter by content language</source>
        <translation>Filtrar por idioma do conteúdo</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas as categorias</translation>
    </message>
    <message>
        <source>All brands</source>
        <translation>Todas as marcas</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Todos os idiomas</translation>
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
        <translation>Falsificação</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Embalagem</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalhe</translation>
    </message>
    <message>
        <source>Your photo</source>
        <translation>Sua foto</translation>
    </message>
    <message>
        <source>&amp;Compare… (Ctrl+K)</source>
        <translation>&amp;Comparar… (Ctrl+K)</translation>
    </message>
    <message>
        <source>Side by side with a counterfeit or your own photo</source>
        <translation>Lado a lado com uma falsificação ou com sua própria foto</translation>
    </message>
    <message>
        <source>Whole picture (F)</source>
        <translation>Imagem inteira (F)</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sem imagem</translation>
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
        <translation>PDF, papel Carta EUA (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the handout</source>
        <translation>Gerando a ficha</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Imprimir a ficha</translation>
    </message>
    <message>
        <source>Handout saved: {0}</source>
        <translation>Ficha salva: {0}</translation>
    </message>
    <message>
        <source>Handout saved</source>
        <translation>Ficha salva</translation>
    </message>
    <message>
        <source>The handout was saved as:
{0}</source>
        <translation>A ficha foi salva como:
{0}</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir o PDF</translation>
    </message>
    <message>
        <source>No program to show PDF files was found. The handout is at:
{0}</source>
        <translation>Nenhum programa para mostrar arquivos PDF foi encontrado. A ficha está em:
{0}</translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message>
        <source>DEMO content installed: fictional products and rights holders, for training.</source>
        <translation>Conteúdo de DEMONSTRAÇÃO instalado: produtos e titulares de direitos fictícios, para treinamento.</translation>
    </message>
    <message>
        <source>Browse categories  (Ctrl+B)</source>
        <translation>Navegar pelas categorias  (Ctrl+B)</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertas ativos</translation>
    </message>
    <message>
        <source>Recent searches</source>
        <translation>Buscas recentes</translation>
    </message>
    <message>
        <source>Installed bundles</source>
        <translation>Pacotes instalados</translation>
    </message>
    <message>
        <source>No active alerts.</source>
        <translation>Nenhum alerta ativo.</translation>
    </message>
    <message>
        <source>No bundles installed yet.</source>
        <translation>Nenhum pacote instalado ainda.</translation>
    </message>
    <message>
        <source>Your searches will be listed here.</source>
        <translation>Suas buscas aparecerão aqui.</translation>
    </message>
    <message>
        <source>{0} from {1}.
Type a brand, product name, model number, barcode or HS code (e.g. 8204.11) in the search box, or scan a barcode. Up and Down choose a result, Enter opens it.</source>
        <translation>{0} de {1}.
Digite uma marca, um nome de produto, um número de modelo, um código de barras ou um código SH (p. ex. 8204.11) na caixa de busca, ou leia um código de barras. Para cima e Para baixo escolhem um resultado; Enter o abre.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produto</numerusform>
            <numerusform>%n produtos</numerusform>
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
        <translation>O catálogo está vazio.
Instale os pacotes da sua organização (Arquivo &gt; Importar pacotes) ou experimente o catálogo de demonstração fictício com o comando: idguide demo</translation>
    </message>
    <message>
        <source>{0} not updated for {1} or more: ask for new bundles.</source>
        <translation>{0} sem atualização há {1} ou mais: peça pacotes novos.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>issued {0}</source>
        <translation>emitido em {0}</translation>
    </message>
    <message>
        <source>bundle {0}, installed {1}</source>
        <translation>pacote {0}, instalado em {1}</translation>
    </message>
    <message numerus="yes">
        <source>STALE: %n day(s) old</source>
        <translation>
            <numerusform>ANTIGO: %n dia</numerusform>
            <numerusform>ANTIGO: %n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>DEMO</source>
        <translation>DEMO</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>REVOGADO</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>idguide bundles (*.idgb);;All files (*)</source>
        <translation>Pacotes do idguide (*.idgb);;Todos os arquivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n produto</numerusform>
            <numerusform>%n produtos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n image(s)</source>
        <translation>
            <numerusform>%n imagem</numerusform>
            <numerusform>%n imagens</numerusform>
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
        <translation>Já instalado (atualizado)</translation>
    </message>
    <message>
        <source>Cannot be installed</source>
        <translation>Não pode ser instalado</translation>
    </message>
    <message>
        <source>Ready to install</source>
        <translation>Pronto para instalar</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>não verificado</translation>
    </message>
    <message>
        <source>trusted ({0})</source>
        <translation>confiável ({0})</translation>
    </message>
    <message>
        <source>NOT trusted ({0})</source>
        <translation>NÃO confiável ({0})</translation>
    </message>
    <message>
        <source>File: {0}</source>
        <translation>Arquivo: {0}</translation>
    </message>
    <message>
        <source>Publisher: {0}   Sequence: {1} ({2})   Created: {3}</source>
        <translation>Editor: {0}   Sequência: {1} ({2})   Criado: {3}</translation>
    </message>
    <message>
        <source>Contents: {0}</source>
        <translation>Conteúdo: {0}</translation>
    </message>
    <message>
        <source>Signature: {0} (key {1})   Contents: {2}</source>
        <translation>Assinatura: {0} (chave {1})   Conteúdo: {2}</translation>
    </message>
    <message>
        <source>Trust: {0}</source>
        <translation>Confiança: {0}</translation>
    </message>
    <message>
        <source>Installed now: sequence {0}</source>
        <translation>Instalado agora: sequência {0}</translation>
    </message>
    <message>
        <source>DEMO: fictional content for training, not real products.</source>
        <translation>DEMO: conteúdo fictício para treinamento, não são produtos reais.</translation>
    </message>
    <message>
        <source>Warning: {0}</source>
        <translation>Aviso: {0}</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation>Sequência</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produtos</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Assinatura</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>Confiável</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translation>Importar pacotes</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Bundles to install</source>
        <translation>Pacotes a instalar</translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation>&amp;Adicionar arquivos…</translation>
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
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Choose bundles</source>
        <translation>Escolher pacotes</translation>
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
        <translation>INVÁLIDA</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NÃO</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Invalid: cannot be installed</source>
        <translation>Inválido: não pode ser instalado</translation>
    </message>
    <message>
        <source>Cannot be installed: {0}</source>
        <translation>Não pode ser instalado: {0}</translation>
    </message>
    <message>
        <source>Nothing can be installed; see the reasons above.</source>
        <translation>Nada pode ser instalado; veja os motivos acima.</translation>
    </message>
    <message numerus="yes">
        <source>{0} of %n bundle(s) can be installed.</source>
        <translation>
            <numerusform>{0} de %n pacote pode ser instalado.</numerusform>
            <numerusform>{0} de %n pacotes podem ser instalados.</numerusform>
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
        <translation>Cancelado: nada foi alterado</translation>
    </message>
    <message>
        <source>Failed: nothing changed</source>
        <translation>Falhou: nada foi alterado</translation>
    </message>
    <message>
        <source>Cancelled; nothing was changed.</source>
        <translation>Cancelado; nada foi alterado.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Nada foi instalado.</translation>
    </message>
    <message numerus="yes">
        <source>Installed %n bundle(s).</source>
        <translation>
            <numerusform>%n pacote instalado.</numerusform>
            <numerusform>%n pacotes instalados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Adicionados</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirados</translation>
    </message>
    <message>
        <source>Cancelled: the remaining bundles were not installed.</source>
        <translation>Cancelado: os pacotes restantes não foram instalados.</translation>
    </message>
    <message>
        <source>{0}: none</source>
        <translation>{0}: nenhum</translation>
    </message>
    <message>
        <source> and {0} more</source>
        <translation> e mais {0}</translation>
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
        <translation>I&amp;dioma da interface</translation>
    </message>
    <message>
        <source>&amp;System language</source>
        <translation>Idioma do &amp;sistema</translation>
    </message>
    <message>
        <source>Interface language: {0}.</source>
        <translation>Idioma da interface: {0}.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Abrindo o catálogo…</translation>
    </message>
    <message>
        <source>The catalogue could not be opened.

{0}</source>
        <translation>Não foi possível abrir o catálogo.

{0}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln found; the {0} best are shown. Add a word or a filter.</source>
        <translation>
            <numerusform>%Ln encontrado; os {0} melhores são mostrados. Adicione uma palavra ou um filtro.</numerusform>
            <numerusform>%Ln encontrados; os {0} melhores são mostrados. Adicione uma palavra ou um filtro.</numerusform>
        </translation>
    </message>
    <message>
        <source>No products found. Did you mean “{0}”?</source>
        <translation>Nenhum produto encontrado. Você quis dizer “{0}”?</translation>
    </message>
    <message>
        <source>More than {0} found; the {0} best are shown. Add a word or a filter.</source>
        <translation>Mais de {0} encontrados; os {0} melhores são mostrados. Adicione uma palavra ou um filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) found</source>
        <translation>
            <numerusform>%n produto encontrado</numerusform>
            <numerusform>%n produtos encontrados</numerusform>
        </translation>
    </message>
    <message>
        <source>No products found.</source>
        <translation>Nenhum produto encontrado.</translation>
    </message>
    <message>
        <source>That entry is no longer in the catalogue.</source>
        <translation>Essa entrada não está mais no catálogo.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import bundles…</source>
        <translation>&amp;Importar pacotes…</translation>
    </message>
    <message>
        <source>Check for &amp;updates</source>
        <translation>Procurar at&amp;ualizações</translation>
    </message>
    <message>
        <source>Update &amp;feeds…</source>
        <translation>Atualizar &amp;fontes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translation>&amp;Início</translation>
    </message>
    <message>
        <source>&amp;Categories</source>
        <translation>&amp;Categorias</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Content &amp;language</source>
        <translation>Idioma do co&amp;nteúdo</translation>
    </message>
    <message>
        <source>Out-of-&amp;date after…</source>
        <translation>Desatualizado &amp;após…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Avançar</translation>
    </message>
    <message>
        <source>Out-of-date content</source>
        <translation>Conteúdo desatualizado</translation>
    </message>
    <message>
        <source>Mark an entry as out of date when its bundle was installed more than this
many days ago:</source>
        <translation>Marcar uma entrada como desatualizada quando seu pacote foi instalado há mais deste
número de dias:</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <source>Your own notes on this product (kept on this computer)</source>
        <translation>Suas próprias notas sobre este produto (guardadas neste computador)</translation>
    </message>
    <message>
        <source>Your note</source>
        <translation>Sua nota</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ainda não salva</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salva</translation>
    </message>
</context>
<context>
    <name>PhotoScanDialog</name>
    <message>
        <source>{0}. Not checked: not a code idguide can check</source>
        <translation>{0}. Não verificado: não é um código que o idguide possa verificar</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>não está no catálogo</translation>
    </message>
    <message>
        <source>Codes in {0}</source>
        <translation>Códigos em {0}</translation>
    </message>
    <message>
        <source>&amp;Open the product</source>
        <translation>&amp;Abrir o produto</translation>
    </message>
    <message>
        <source>Start an &amp;examination with this photo</source>
        <translation>Iniciar um &amp;exame com esta foto</translation>
    </message>
    <message>
        <source>Each code is outlined and numbered on the photo.</source>
        <translation>Cada código está contornado e numerado na foto.</translation>
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
        <translation>&amp;Ler uma foto…</translation>
    </message>
    <message>
        <source>Scan a photo</source>
        <translation>Ler uma foto</translation>
    </message>
    <message>
        <source>No barcode or 2D code was found in {0}.</source>
        <translation>Nenhum código de barras ou código 2D foi encontrado em {0}.</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Your photos</source>
        <translation>Suas fotos</translation>
    </message>
    <message>
        <source>Edit caption…</source>
        <translation>Editar legenda…</translation>
    </message>
    <message>
        <source>Add photos…</source>
        <translation>Adicionar fotos…</translation>
    </message>
    <message>
        <source>Photo caption</source>
        <translation>Legenda da foto</translation>
    </message>
    <message>
        <source>What this photo shows:</source>
        <translation>O que esta foto mostra:</translation>
    </message>
    <message>
        <source>Add photos of the examined item</source>
        <translation>Adicionar fotos do item examinado</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Fotos (*.jpg *.jpeg *.png *.webp);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>Presentation — idguide</source>
        <translation>Apresentação — idguide</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Genuine</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Counterfeit</source>
        <translation>Falsificação</translation>
    </message>
    <message>
        <source>Print handout…</source>
        <translation>Imprimir a ficha…</translation>
    </message>
    <message>
        <source>Nothing to present: these products are not in this catalogue.</source>
        <translation>Nada a apresentar: estes produtos não estão neste catálogo.</translation>
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
            <numerusform>%n característica de autenticação</numerusform>
            <numerusform>%n características de autenticação</numerusform>
        </translation>
    </message>
    <message>
        <source>Right or Page Down: next · Left or Page Up: back · Esc: leave</source>
        <translation>Direita ou Page Down: próximo · Esquerda ou Page Up: voltar · Esc: sair</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sem imagem</translation>
    </message>
    <message>
        <source>Product {0} of {1}</source>
        <translation>Produto {0} de {1}</translation>
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
        <translation>Rota</translation>
    </message>
    <message>
        <source>Declared value</source>
        <translation>Valor declarado</translation>
    </message>
    <message>
        <source>E-commerce</source>
        <translation>Comércio eletrônico</translation>
    </message>
    <message>
        <source>Market</source>
        <translation>Mercado</translation>
    </message>
    <message>
        <source>Packaging</source>
        <translation>Embalagem</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Start examination (Ctrl+E)</source>
        <translation>Iniciar um exame (Ctrl+E)</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Dicas</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <source>Counterfeit and risk indicators</source>
        <translation>Indicadores de falsificação e de risco</translation>
    </message>
    <message>
        <source>Verification contacts</source>
        <translation>Contatos de verificação</translation>
    </message>
    <message>
        <source>DEMO (fictional content): not a real product or rights holder.</source>
        <translation>DEMO (conteúdo fictício): não é um produto nem um titular de direitos reais.</translation>
    </message>
    <message>
        <source>WITHDRAWN by its publisher: do not rely on this entry; contact the rights holder.</source>
        <translation>RETIRADA pelo editor: não se baseie nesta entrada; entre em contato com o titular dos direitos.</translation>
    </message>
    <message>
        <source>PUBLISHER REVOKED: {0} is no longer trusted. Do not rely on this entry.</source>
        <translation>EDITOR REVOGADO: {0} não é mais confiável. Não se baseie nesta entrada.</translation>
    </message>
    <message>
        <source>REVOKED: this entry&apos;s signature is no longer trusted. Do not rely on it.</source>
        <translation>REVOGADA: a assinatura desta entrada não é mais confiável. Não se baseie nela.</translation>
    </message>
    <message>
        <source>OUT OF DATE: installed {0}, more than {1} days ago. Newer information may exist; ask for the publisher&apos;s latest bundle.</source>
        <translation>DESATUALIZADA: instalada em {0}, há mais de {1} dias. Pode haver informações mais recentes; peça o último pacote do editor.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
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
        <translation>Códigos SH</translation>
    </message>
    <message>
        <source>Made in</source>
        <translation>Fabricado em</translation>
    </message>
    <message>
        <source>Sold in</source>
        <translation>Vendido em</translation>
    </message>
    <message>
        <source>Never sold in</source>
        <translation>Nunca vendido em</translation>
    </message>
    <message>
        <source>Typical price</source>
        <translation>Preço habitual</translation>
    </message>
    <message>
        <source>no. {0} of {1}</source>
        <translation>n.º {0} de {1}</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Editor</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>Pacote</translation>
    </message>
    <message>
        <source>ALERT</source>
        <translation>ALERTA</translation>
    </message>
    <message>
        <source>Expired alert</source>
        <translation>Alerta expirado</translation>
    </message>
    <message>
        <source>issued {0}</source>
        <translation>emitido em {0}</translation>
    </message>
    <message>
        <source>lot codes {0}</source>
        <translation>códigos de lote {0}</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Esta imagem não pode ser mostrada.</translation>
    </message>
    <message>
        <source>No description.</source>
        <translation>Sem descrição.</translation>
    </message>
    <message>
        <source>Packaging: {0}</source>
        <translation>Embalagem: {0}</translation>
    </message>
    <message>
        <source>None listed.</source>
        <translation>Nenhum indicado.</translation>
    </message>
    <message>
        <source>Languages: {0}</source>
        <translation>Idiomas: {0}</translation>
    </message>
    <message>
        <source>Regions: {0}</source>
        <translation>Regiões: {0}</translation>
    </message>
    <message>
        <source>The publisher lists no contacts.</source>
        <translation>O editor não indica nenhum contato.</translation>
    </message>
    <message>
        <source>Source: {0}</source>
        <translation>Origem: {0}</translation>
    </message>
    <message>
        <source>bundle {0} of {1}</source>
        <translation>pacote {0} de {1}</translation>
    </message>
    <message>
        <source>installed {0}</source>
        <translation>instalado em {0}</translation>
    </message>
    <message>
        <source>rights valid until {0}</source>
        <translation>direitos válidos até {0}</translation>
    </message>
    <message>
        <source>entry revision {0}</source>
        <translation>revisão da entrada {0}</translation>
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
        <translation>Seu &amp;nome</translation>
    </message>
    <message>
        <source>A&amp;gency</source>
        <translation>Ór&amp;gão</translation>
    </message>
    <message>
        <source>O&amp;ffice or post</source>
        <translation>Re&amp;partição ou posto</translation>
    </message>
    <message>
        <source>&amp;Reply to (e-mail, phone)</source>
        <translation>&amp;Responder para (e-mail, telefone)</translation>
    </message>
    <message>
        <source>Use these for my next examinations</source>
        <translation>Usar estes dados nos meus próximos exames</translation>
    </message>
    <message>
        <source>New examinations on this computer start with these details</source>
        <translation>Os novos exames neste computador começam com estes dados</translation>
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
        <translation>SH</translation>
    </message>
    <message>
        <source>brand</source>
        <translation>marca</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>The barcode (GTIN) matched</source>
        <translation>O código de barras (GTIN) coincidiu</translation>
    </message>
    <message>
        <source>A model or reference number matched</source>
        <translation>Um número de modelo ou de referência coincidiu</translation>
    </message>
    <message>
        <source>An HS code matched</source>
        <translation>Um código SH coincidiu</translation>
    </message>
    <message>
        <source>The brand matched</source>
        <translation>A marca coincidiu</translation>
    </message>
    <message>
        <source>The product name matched</source>
        <translation>O nome do produto coincidiu</translation>
    </message>
    <message>
        <source>Words in the description or features matched</source>
        <translation>Palavras da descrição ou das características coincidiram</translation>
    </message>
    <message>
        <source>Brand</source>
        <translation>Marca</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produto</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Matched</source>
        <translation>Correspondência</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>retirado</translation>
    </message>
    <message>
        <source>Revoked: its publisher or its signing key is no longer trusted</source>
        <translation>Revogado: o editor ou a chave de assinatura não é mais confiável</translation>
    </message>
    <message>
        <source>Withdrawn by its publisher</source>
        <translation>Retirado pelo editor</translation>
    </message>
    <message>
        <source>HS headings: {0}</source>
        <translation>Posições SH: {0}</translation>
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
        <translation>VERMELHO</translation>
    </message>
    <message>
        <source>AMBER</source>
        <translation>ÂMBAR</translation>
    </message>
    <message>
        <source>GREEN</source>
        <translation>VERDE</translation>
    </message>
    <message>
        <source>RED: a known red flag. Hold the item.</source>
        <translation>VERMELHO: um sinal de fraude conhecido. Retenha o item.</translation>
    </message>
    <message>
        <source>AMBER: look closer before deciding.</source>
        <translation>ÂMBAR: olhe mais de perto antes de decidir.</translation>
    </message>
    <message>
        <source>GREEN: no known red flag (this does not prove the item genuine).</source>
        <translation>VERDE: nenhum sinal de fraude conhecido (isso não prova que o item seja original).</translation>
    </message>
    <message>
        <source>Scanned: {0}</source>
        <translation>Lido: {0}</translation>
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
        <translation>número de série {0}</translation>
    </message>
    <message>
        <source>expiry {0}</source>
        <translation>validade {0}</translation>
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
        <translation>Número de série</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>O que foi encontrado</translation>
    </message>
    <message>
        <source>No known red flag.</source>
        <translation>Nenhum sinal de fraude conhecido.</translation>
    </message>
    <message>
        <source>Scan session</source>
        <translation>Sessão de leitura</translation>
    </message>
    <message>
        <source>Scan the items one after another.</source>
        <translation>Leia os itens um após o outro.</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Nova sessão</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) scanned, {0} red.</source>
        <translation>
            <numerusform>%n item lido, {0} em vermelho.</numerusform>
            <numerusform>%n itens lidos, {0} em vermelho.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan s&amp;ession…</source>
        <translation>&amp;Sessão de leitura…</translation>
    </message>
</context>
<context>
    <name>ScanState</name>
    <message>
        <source>Wrong check digit: scan again</source>
        <translation>Dígito verificador errado: leia de novo</translation>
    </message>
    <message>
        <source>Not a code idguide can read: scan again</source>
        <translation>Não é um código que o idguide consiga ler: leia de novo</translation>
    </message>
    <message>
        <source>Not among the products of the filters chosen: {0}</source>
        <translation>Não está entre os produtos dos filtros escolhidos: {0}</translation>
    </message>
    <message>
        <source>Not in the catalogue: {0}</source>
        <translation>Não está no catálogo: {0}</translation>
    </message>
    <message>
        <source>Clear the filters above the results and scan again.</source>
        <translation>Limpe os filtros acima dos resultados e leia de novo.</translation>
    </message>
    <message>
        <source>No entry in this catalogue carries this barcode. Check the item by hand, or ask the rights holder; an update of the catalogue may add it.</source>
        <translation>Nenhuma entrada deste catálogo tem este código de barras. Verifique o item manualmente ou consulte o titular dos direitos; uma atualização do catálogo pode incluí-lo.</translation>
    </message>
    <message>
        <source>Scan again, or type the number printed under the barcode and press Enter.</source>
        <translation>Leia de novo ou digite o número impresso abaixo do código de barras e pressione Enter.</translation>
    </message>
</context>
<context>
    <name>ScannerDialog</name>
    <message>
        <source>Scanner</source>
        <translation>Leitor</translation>
    </message>
    <message>
        <source>&amp;Sound when a scanned code names no product or is red</source>
        <translation>&amp;Som quando um código lido não corresponde a nenhum produto ou é vermelho</translation>
    </message>
    <message>
        <source>&amp;Prefix the scanner sends:</source>
        <translation>&amp;Prefixo que o leitor envia:</translation>
    </message>
    <message>
        <source>S&amp;uffix the scanner sends:</source>
        <translation>S&amp;ufixo que o leitor envia:</translation>
    </message>
    <message>
        <source>idguide tells a scanner from a person by its speed. A scanner set to send a prefix and a suffix around each code is told apart for certain: type them here, one character each that no code holds (for example § and ~; not a letter, digit, space or punctuation that codes use). Leave empty when the scanner sends none.</source>
        <translation>O idguide distingue um leitor de uma pessoa pela velocidade. Um leitor configurado para enviar um prefixo e um sufixo em volta de cada código é reconhecido com certeza: digite-os aqui, um caractere cada, que nenhum código contenha (por exemplo § e ~; não uma letra, um dígito, um espaço ou uma pontuação usada pelos códigos). Deixe vazio se o leitor não enviar nenhum.</translation>
    </message>
    <message>
        <source>Use a character that no code holds, such as § or ~: letters, digits, spaces and the punctuation of codes would cut codes short.</source>
        <translation>Use um caractere que nenhum código contenha, como § ou ~: letras, dígitos, espaços e a pontuação dos códigos cortariam os códigos.</translation>
    </message>
    <message>
        <source>The prefix and the suffix must differ.</source>
        <translation>O prefixo e o sufixo devem ser diferentes.</translation>
    </message>
</context>
<context>
    <name>ScannerWatch</name>
    <message>
        <source>Sca&amp;nner…</source>
        <translation>&amp;Leitor…</translation>
    </message>
</context>
<context>
    <name>SearchBox</name>
    <message>
        <source>Brand, product, barcode or HS code (e.g. 8204.11)</source>
        <translation>Marca, produto, código de barras ou código SH (p. ex. 8204.11)</translation>
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
        <translation>Encontre a falsificação — idguide</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>No product here has both a genuine and a fake picture.</source>
        <translation>Nenhum produto aqui tem ao mesmo tempo uma imagem do original e uma de falsificação.</translation>
    </message>
    <message>
        <source>Which one is the fake? L: left · R: right · Space: reveal</source>
        <translation>Qual é a falsificação? L: esquerda · R: direita · Espaço: revelar</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sem imagem</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Esquerda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Direita</translation>
    </message>
    <message>
        <source>Right or N: next product</source>
        <translation>Direita ou N: próximo produto</translation>
    </message>
    <message>
        <source>Revealed.</source>
        <translation>Revelado.</translation>
    </message>
    <message>
        <source>Correct!</source>
        <translation>Correto!</translation>
    </message>
    <message>
        <source>Not this time.</source>
        <translation>Não desta vez.</translation>
    </message>
    <message>
        <source>COUNTERFEIT</source>
        <translation>FALSIFICAÇÃO</translation>
    </message>
    <message>
        <source>GENUINE</source>
        <translation>ORIGINAL</translation>
    </message>
    <message>
        <source>{0}. {1} — the fake: {2}</source>
        <translation>{0}. {1} — a falsificação: {2}</translation>
    </message>
    <message>
        <source>End of the round. Esc: leave</source>
        <translation>Fim da rodada. Esc: sair</translation>
    </message>
    <message>
        <source>Score: {0} of {1} · product {2} of {3}</source>
        <translation>Pontuação: {0} de {1} · produto {2} de {3}</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>idguide: opening…</source>
        <translation>idguide: abrindo…</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Pesquisar…</translation>
    </message>
    <message>
        <source>Opening the catalogue…</source>
        <translation>Abrindo o catálogo…</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>&amp;Workshops…</source>
        <translation>&amp;Oficinas…</translation>
    </message>
    <message>
        <source>&amp;Present this product</source>
        <translation>A&amp;presentar este produto</translation>
    </message>
    <message>
        <source>&amp;Spot the fake (catalogue round)</source>
        <translation>&amp;Encontre a falsificação (rodada do catálogo)</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Imprimir a &amp;ficha…</translation>
    </message>
    <message>
        <source>&amp;Training</source>
        <translation>&amp;Treinamento</translation>
    </message>
</context>
<context>
    <name>UpdateCheck</name>
    <message>
        <source>No update feed is set up. Add your administration&apos;s feed in File &gt; Update feeds…, with the root file it gave you.</source>
        <translation>Nenhuma fonte de atualizações está configurada. Adicione a fonte da sua administração em Arquivo &gt; Atualizar fontes…, com o arquivo raiz que ela forneceu.</translation>
    </message>
    <message>
        <source>Installing updates</source>
        <translation>Instalando atualizações</translation>
    </message>
    <message>
        <source>The check stopped because of a bug; nothing more was changed.</source>
        <translation>A verificação parou por causa de um erro do programa; nada mais foi alterado.</translation>
    </message>
</context>
<context>
    <name>UpdateIndicator</name>
    <message>
        <source>Details…</source>
        <translation>Detalhes…</translation>
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
        <translation>Gerenciado pela TI: uma tarefa do sistema instala as atualizações.</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Procurando atualizações…</translation>
    </message>
    <message>
        <source>This catalogue is managed by IT: a system job installs the updates.</source>
        <translation>Este catálogo é gerenciado pela TI: uma tarefa do sistema instala as atualizações.</translation>
    </message>
    <message>
        <source>Updates: {0} ({1}%)</source>
        <translation>Atualizações: {0} ({1}%)</translation>
    </message>
    <message>
        <source>Updates: {0}…</source>
        <translation>Atualizações: {0}…</translation>
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
        <translation>Não foi possível procurar atualizações</translation>
    </message>
    <message>
        <source>Updates</source>
        <translation>Atualizações</translation>
    </message>
    <message>
        <source>Some updates were refused</source>
        <translation>Algumas atualizações foram recusadas</translation>
    </message>
    <message>
        <source>Updates installed</source>
        <translation>Atualizações instaladas</translation>
    </message>
    <message>
        <source>Everything is up to date</source>
        <translation>Tudo está atualizado</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after installing %n bundle(s); they stay installed, the rest were not installed.</source>
        <translation>
            <numerusform>Cancelado após instalar %n pacote; ele continua instalado, o restante não foi instalado.</numerusform>
            <numerusform>Cancelado após instalar %n pacotes; eles continuam instalados, o restante não foi instalado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Nothing was checked.</source>
        <translation>Nada foi verificado.</translation>
    </message>
    <message numerus="yes">
        <source>%n bundle(s) installed</source>
        <translation>
            <numerusform>%n pacote instalado</numerusform>
            <numerusform>%n pacotes instalados</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} refused</source>
        <translation>{0} recusados</translation>
    </message>
    <message numerus="yes">
        <source>%n publisher(s) up to date</source>
        <translation>
            <numerusform>%n editor atualizado</numerusform>
            <numerusform>%n editores atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n feed(s) could not be checked</source>
        <translation>
            <numerusform>%n fonte não pôde ser verificada</numerusform>
            <numerusform>%n fontes não puderam ser verificadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything is up to date: the feeds offer nothing.</source>
        <translation>Tudo está atualizado: as fontes não oferecem nada.</translation>
    </message>
    <message>
        <source>Updates: {0}.</source>
        <translation>Atualizações: {0}.</translation>
    </message>
    <message>
        <source>{0} added, {1} updated, {2} withdrawn</source>
        <translation>{0} adicionados, {1} atualizados, {2} retirados</translation>
    </message>
    <message>
        <source>full bundle</source>
        <translation>pacote completo</translation>
    </message>
    <message>
        <source>update</source>
        <translation>atualização</translation>
    </message>
    <message>
        <source>Installed {0} from feed {1}: {2}.</source>
        <translation>{0} instalado a partir da fonte {1}: {2}.</translation>
    </message>
    <message>
        <source>Products: {0}</source>
        <translation>Produtos: {0}</translation>
    </message>
    <message>
        <source>{0}: bundle {1}</source>
        <translation>{0}: pacote {1}</translation>
    </message>
    <message>
        <source>The feed itself</source>
        <translation>A própria fonte</translation>
    </message>
    <message>
        <source>bundle {0}</source>
        <translation>pacote {0}</translation>
    </message>
    <message>
        <source>{0} is up to date ({1}).</source>
        <translation>{0} está atualizado ({1}).</translation>
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
        <translation>adicionado</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>alterado</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>revogado</translation>
    </message>
    <message>
        <source>Trust from feed {0}: {1}.</source>
        <translation>Confiança da fonte {0}: {1}.</translation>
    </message>
    <message>
        <source>Feed {0}: {1}.</source>
        <translation>Fonte {0}: {1}.</translation>
    </message>
    <message>
        <source>Downloaded {0}.</source>
        <translation>Baixado: {0}.</translation>
    </message>
    <message>
        <source>Reading the feeds…</source>
        <translation>Lendo as fontes…</translation>
    </message>
    <message>
        <source>Checking the feeds…</source>
        <translation>Verificando as fontes…</translation>
    </message>
    <message>
        <source>Stopping… (waiting for the feed to answer; nothing is changed)</source>
        <translation>Parando… (aguardando a resposta da fonte; nada é alterado)</translation>
    </message>
    <message>
        <source>Installing…</source>
        <translation>Instalando…</translation>
    </message>
    <message>
        <source>Check for updates</source>
        <translation>Procurar atualizações</translation>
    </message>
    <message>
        <source>Checking for updates…</source>
        <translation>Procurando atualizações…</translation>
    </message>
    <message>
        <source>What</source>
        <translation>O quê</translation>
    </message>
    <message>
        <source>Feed</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>What the check did</source>
        <translation>O que a verificação fez</translation>
    </message>
    <message>
        <source>Update &amp;feeds…</source>
        <translation>Atualizar &amp;fontes…</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Verificar de &amp;novo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
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
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>Atualizado</translation>
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
        <translation>Abrindo o catálogo</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <source>Workshops — idguide</source>
        <translation>Oficinas — idguide</translation>
    </message>
    <message>
        <source>Workshop sets</source>
        <translation>Conjuntos de oficina</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Novo…</translation>
    </message>
    <message>
        <source>Rena&amp;me…</source>
        <translation>Reno&amp;mear…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>Ex&amp;portar…</translation>
    </message>
    <message>
        <source>Your note on this product for the workshop</source>
        <translation>Sua nota sobre este produto para a oficina</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Mover para &amp;cima</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Mover para &amp;baixo</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Trainer&apos;s note</source>
        <translation>Nota do instrutor</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>A&amp;presentar</translation>
    </message>
    <message>
        <source>&amp;Spot the fake</source>
        <translation>&amp;Encontre a falsificação</translation>
    </message>
    <message>
        <source>Print &amp;handout…</source>
        <translation>Imprimir a &amp;ficha…</translation>
    </message>
    <message>
        <source>Find a product to add</source>
        <translation>Encontrar um produto para adicionar</translation>
    </message>
    <message>
        <source>Products found</source>
        <translation>Produtos encontrados</translation>
    </message>
    <message>
        <source>Add products</source>
        <translation>Adicionar produtos</translation>
    </message>
    <message>
        <source>Add the &amp;current product</source>
        <translation>Adicionar o produto a&amp;tual</translation>
    </message>
    <message>
        <source>&amp;Add the selected product</source>
        <translation>&amp;Adicionar o produto selecionado</translation>
    </message>
    <message numerus="yes">
        <source>{0} (%n product(s))</source>
        <translation>
            <numerusform>{0} (%n produto)</numerusform>
            <numerusform>{0} (%n produtos)</numerusform>
        </translation>
    </message>
    <message>
        <source>No workshop sets yet: choose New… to make one.</source>
        <translation>Ainda não há conjuntos de oficina: escolha Novo… para criar um.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nova oficina</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Renomear a oficina</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Excluir a oficina</translation>
    </message>
    <message>
        <source>Delete the workshop “{0}”? The products stay in the catalogue.</source>
        <translation>Excluir a oficina “{0}”? Os produtos continuam no catálogo.</translation>
    </message>
    <message>
        <source>Workshop written to {0}</source>
        <translation>Oficina gravada em {0}</translation>
    </message>
    <message numerus="yes">
        <source>Imported “{0}” with %n product(s).</source>
        <translation>
            <numerusform>“{0}” importada com %n produto.</numerusform>
            <numerusform>“{0}” importada com %n produtos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not in this catalogue (kept in the set, marked):</source>
        <translation>Não estão neste catálogo (mantidos no conjunto, marcados):</translation>
    </message>
    <message>
        <source>Export workshop</source>
        <translation>Exportar a oficina</translation>
    </message>
    <message>
        <source>Workshop files (*.idgw)</source>
        <translation>Arquivos de oficina (*.idgw)</translation>
    </message>
    <message>
        <source>Import workshop</source>
        <translation>Importar uma oficina</translation>
    </message>
</context>
<context>
    <name>Workshops</name>
    <message>
        <source>{0} (not in this catalogue)</source>
        <translation>{0} (não está neste catálogo)</translation>
    </message>
    <message>
        <source>{0} (withdrawn)</source>
        <translation>{0} (retirado)</translation>
    </message>
    <message>
        <source>Products of the workshop</source>
        <translation>Produtos da oficina</translation>
    </message>
</context>
<context>
    <name>ZoomView</name>
    <message>
        <source>Picture: + and - zoom, F fits, 1 shows 100%</source>
        <translation>Imagem: + e - ampliam e reduzem, F ajusta, 1 mostra em 100%</translation>
    </message>
</context>
</TS>
