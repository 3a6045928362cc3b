"""What the demo catalogue says, in English, Spanish, French and Portuguese."""

LANGS = ("en", "es", "fr", "pt")

# element: (method, {lang: (title, genuine, counterfeit, how to check)})
FEATURES = {
    "logo": (
        "naked-eye",
        {
            "en": (
                "Brand name and emblem",
                "Spelled exactly “{brand}”, even letter spacing, emblem left of the name.",
                "Misspelled name such as “{fake}”, letters swapped.",
                "Read the name letter by letter against this entry.",
            ),
            "es": (
                "Marca y emblema",
                "Escrito exactamente «{brand}», espaciado regular, emblema a la izquierda.",
                "Nombre mal escrito, por ejemplo «{fake}», letras cambiadas.",
                "Lea el nombre letra a letra y compárelo con esta ficha.",
            ),
            "fr": (
                "Nom de marque et emblème",
                "Orthographe exacte « {brand} », espacement régulier, emblème à gauche.",
                "Nom mal orthographié, par exemple « {fake} », lettres inversées.",
                "Lisez le nom lettre par lettre et comparez-le à cette fiche.",
            ),
            "pt": (
                "Marca e emblema",
                "Escrito exatamente «{brand}», espaçamento regular, emblema à esquerda.",
                "Nome mal escrito, por exemplo «{fake}», letras trocadas.",
                "Leia o nome letra a letra e compare com esta ficha.",
            ),
        },
    ),
    "hologram": (
        "naked-eye",
        {
            "en": (
                "Hologram sticker",
                "Rainbow colours shift when tilted; the {brand} emblem floats "
                "above the background.",
                "Dull grey foil without colour shift and no emblem.",
                "Tilt the item under a light and watch the colours move.",
            ),
            "es": (
                "Etiqueta holográfica",
                "Los colores del arco iris cambian al inclinarla; el "
                "emblema de {brand} parece flotar.",
                "Lámina gris apagada, sin cambio de color ni emblema.",
                "Incline el artículo bajo una luz y observe los colores.",
            ),
            "fr": (
                "Hologramme",
                "Les couleurs irisées changent quand on l'incline ; l'emblème "
                "{brand} semble flotter.",
                "Feuille grise terne, sans changement de couleur ni emblème.",
                "Inclinez l'article sous une lumière et observez les couleurs.",
            ),
            "pt": (
                "Holograma",
                "As cores do arco-íris mudam ao inclinar; o emblema {brand} parece flutuar.",
                "Película cinzenta baça, sem mudança de cor nem emblema.",
                "Incline o artigo sob uma luz e observe as cores.",
            ),
        },
    ),
    "stitching": (
        "touch",
        {
            "en": (
                "Stitching",
                "Straight, evenly spaced stitches of equal length, parallel to the edge.",
                "Crooked seam; stitches of uneven length and spacing.",
                "Run a finger along the seam and count the stitches over 2 cm.",
            ),
            "es": (
                "Costuras",
                "Puntadas rectas, regulares y de igual longitud, paralelas al borde.",
                "Costura torcida; puntadas irregulares en longitud y separación.",
                "Pase el dedo por la costura y cuente las puntadas en 2 cm.",
            ),
            "fr": (
                "Coutures",
                "Points droits, réguliers et de même longueur, parallèles au bord.",
                "Couture de travers ; points irréguliers en longueur et en espacement.",
                "Passez le doigt le long de la couture et comptez les points sur 2 cm.",
            ),
            "pt": (
                "Costuras",
                "Pontos retos, regulares e do mesmo comprimento, paralelos à borda.",
                "Costura torta; pontos irregulares no comprimento e no espaçamento.",
                "Passe o dedo pela costura e conte os pontos em 2 cm.",
            ),
        },
    ),
    "batch": (
        "loupe",
        {
            "en": (
                "Batch code print",
                "Sharp laser print “LOT {lot}”: L, year, week, dash, line.",
                "Blurred or smudged print, or a lot code named in an alert.",
                "Use a loupe: every character must have clean edges.",
            ),
            "es": (
                "Código de lote",
                "Impresión láser nítida «LOT {lot}»: L, año, semana, guion, línea.",
                "Impresión borrosa o corrida, o un lote citado en una alerta.",
                "Use una lupa: cada carácter debe tener bordes limpios.",
            ),
            "fr": (
                "Numéro de lot",
                "Impression laser nette « LOT {lot} » : L, année, semaine, tiret, ligne.",
                "Impression floue ou baveuse, ou numéro de lot cité dans une alerte.",
                "À la loupe : chaque caractère doit avoir des bords nets.",
            ),
            "pt": (
                "Código de lote",
                "Impressão laser nítida «LOT {lot}»: L, ano, semana, hífen, linha.",
                "Impressão desfocada ou borratada, ou lote citado num alerta.",
                "Use uma lupa: cada carácter deve ter contornos limpos.",
            ),
        },
    ),
    "seal": (
        "naked-eye",
        {
            "en": (
                "Tamper seal",
                "Intact seal across the opening, with fine guilloche print.",
                "Seal missing, or a plain sticker that peels off cleanly.",
                "Check that the seal is there and tears, not peels, when lifted at a corner.",
            ),
            "es": (
                "Precinto de garantía",
                "Precinto intacto sobre la apertura, con guilloche fino.",
                "Sin precinto, o una pegatina lisa que se despega limpiamente.",
                "Compruebe que el precinto existe y se rompe, no se despega, al levantarlo.",
            ),
            "fr": (
                "Scellé d'inviolabilité",
                "Scellé intact sur l'ouverture, avec un fin guillochage.",
                "Scellé absent, ou simple autocollant qui se décolle proprement.",
                "Vérifiez que le scellé est là et se déchire, au lieu de se décoller.",
            ),
            "pt": (
                "Selo de garantia",
                "Selo intacto sobre a abertura, com guilhochado fino.",
                "Selo ausente, ou autocolante simples que se descola sem rasgar.",
                "Verifique se o selo existe e se rasga, em vez de descolar, ao levantá-lo.",
            ),
        },
    ),
    "barcode": (
        "barcode-scan",
        {
            "en": (
                "Barcode",
                "Scans as {gtin}, with a valid check digit, and finds this entry.",
                "Different number or wrong check digit (last digit).",
                "Scan the barcode into idguide; the result must be this product.",
            ),
            "es": (
                "Código de barras",
                "Se lee {gtin}, con dígito de control válido, y encuentra esta ficha.",
                "Número distinto o dígito de control (el último) erróneo.",
                "Escanee el código en idguide: el resultado debe ser este producto.",
            ),
            "fr": (
                "Code-barres",
                "Se lit {gtin}, avec une clé de contrôle valide, et trouve cette fiche.",
                "Numéro différent ou clé de contrôle (dernier chiffre) fausse.",
                "Scannez le code-barres dans idguide : le résultat doit être ce produit.",
            ),
            "pt": (
                "Código de barras",
                "Lê-se {gtin}, com dígito de controlo válido, e encontra esta ficha.",
                "Número diferente ou dígito de controlo (o último) errado.",
                "Leia o código no idguide: o resultado tem de ser este produto.",
            ),
        },
    ),
    "font": (
        "loupe",
        {
            "en": (
                "Printed text and font",
                "Smooth, proportional typeface; small print stays sharp.",
                "Wrong font: blocky, pixelated letters.",
                "Compare the small print with the genuine photo under a loupe.",
            ),
            "es": (
                "Textos y tipografía",
                "Tipografía proporcional y suave; la letra pequeña es nítida.",
                "Tipografía incorrecta: letras cuadradas y pixeladas.",
                "Compare la letra pequeña con la foto original usando una lupa.",
            ),
            "fr": (
                "Textes et police",
                "Police proportionnelle et régulière ; les petits caractères restent nets.",
                "Mauvaise police : lettres carrées et pixelisées.",
                "Comparez les petits caractères avec la photo authentique à la loupe.",
            ),
            "pt": (
                "Textos e tipo de letra",
                "Tipo de letra proporcional e suave; o texto pequeno é nítido.",
                "Tipo de letra errado: letras quadradas e pixelizadas.",
                "Compare o texto pequeno com a foto original com uma lupa.",
            ),
        },
    ),
    "colour": (
        "naked-eye",
        {
            "en": (
                "Brand colour",
                "{colour} exactly as on the genuine photo, even all over.",
                "Colour off: paler, or a different hue.",
                "Compare in daylight with the genuine photo at full screen brightness.",
            ),
            "es": (
                "Color de la marca",
                "{colour} idéntico a la foto original, uniforme.",
                "Color incorrecto: más pálido o de otro tono.",
                "Compare con luz natural junto a la foto original a pleno brillo.",
            ),
            "fr": (
                "Couleur de la marque",
                "{colour} identique à la photo authentique, uniforme.",
                "Couleur fausse : plus pâle ou d'une autre teinte.",
                "Comparez à la lumière du jour avec la photo authentique.",
            ),
            "pt": (
                "Cor da marca",
                "{colour} igual à foto original, uniforme.",
                "Cor errada: mais pálida ou de outro tom.",
                "Compare à luz do dia com a foto original no brilho máximo.",
            ),
        },
    ),
    "uv": (
        "uv-lamp",
        {
            "en": (
                "UV security mark",
                "Under a 365 nm UV lamp a blue-glowing {brand} emblem and fine lines appear.",
                "Nothing glows under the lamp.",
                "Darken the area and shine the UV lamp from 10 cm.",
            ),
            "es": (
                "Marca de seguridad UV",
                "Con lámpara UV de 365 nm aparecen un emblema de {brand} "
                "azul luminoso y líneas finas.",
                "Nada brilla bajo la lámpara.",
                "Oscurezca la zona e ilumine con la lámpara UV a 10 cm.",
            ),
            "fr": (
                "Marquage UV",
                "Sous lampe UV 365 nm apparaissent un emblème {brand} bleu "
                "lumineux et de fines lignes.",
                "Rien ne brille sous la lampe.",
                "Assombrissez la zone et éclairez avec la lampe UV à 10 cm.",
            ),
            "pt": (
                "Marca de segurança UV",
                "Sob lâmpada UV de 365 nm surgem um emblema {brand} azul brilhante e linhas finas.",
                "Nada brilha sob a lâmpada.",
                "Escureça a zona e ilumine com a lâmpada UV a 10 cm.",
            ),
        },
    ),
    "emboss": (
        "touch",
        {
            "en": (
                "Embossed mark",
                "Raised, crisp {brand} lettering you can feel with a fingertip.",
                "Flat print with no relief.",
                "Run a fingertip over the mark with eyes closed.",
            ),
            "es": (
                "Marca en relieve",
                "Letras {brand} en relieve, nítidas, que se notan al tacto.",
                "Impresión plana sin relieve.",
                "Pase la yema del dedo por la marca con los ojos cerrados.",
            ),
            "fr": (
                "Marquage en relief",
                "Lettres {brand} en relief, nettes, sensibles au toucher.",
                "Impression plate sans relief.",
                "Passez le bout du doigt sur le marquage, les yeux fermés.",
            ),
            "pt": (
                "Marca em relevo",
                "Letras {brand} em relevo, nítidas, que se sentem ao toque.",
                "Impressão plana sem relevo.",
                "Passe a ponta do dedo pela marca de olhos fechados.",
            ),
        },
    ),
    "serial": (
        "loupe",
        {
            "en": (
                "Serial number",
                "Unique serial {serial}, evenly engraved and registered with the rights holder.",
                "Repeated serial such as 00000000.",
                "Note the serial and ask the rights holder to confirm it.",
            ),
            "es": (
                "Número de serie",
                "Número único {serial}, grabado de forma regular y registrado por el titular.",
                "Número repetido, como 00000000.",
                "Anote el número y pida al titular que lo confirme.",
            ),
            "fr": (
                "Numéro de série",
                "Numéro unique {serial}, gravé régulièrement et enregistré par le titulaire.",
                "Numéro répété, comme 00000000.",
                "Notez le numéro et demandez confirmation au titulaire des droits.",
            ),
            "pt": (
                "Número de série",
                "Número único {serial}, gravado de forma regular e registado pelo titular.",
                "Número repetido, como 00000000.",
                "Anote o número e peça ao titular que o confirme.",
            ),
        },
    ),
}
INDICATORS = {
    "route": {
        "en": "Consignments transhipped through free-trade zones and re-declared as general "
        "merchandise.",
        "es": "Envíos transbordados en zonas francas y redeclarados como mercancía general.",
        "fr": "Envois transbordés dans des zones franches et redéclarés comme marchandises "
        "diverses.",
        "pt": "Remessas transbordadas em zonas francas e redeclaradas como mercadoria geral.",
    },
    "declared-value": {
        "en": "Declared value far below the genuine price ({price}); genuine stock is never sold "
        "in bulk at such prices.",
        "es": "Valor declarado muy inferior al precio original ({price}); nunca se vende a granel "
        "a esos precios.",
        "fr": "Valeur déclarée très inférieure au prix d'origine ({price}) ; jamais vendu en gros "
        "à ce prix.",
        "pt": "Valor declarado muito abaixo do preço original ({price}); nunca vendido a granel "
        "a esse preço.",
    },
    "e-commerce": {
        "en": "Single units in small parcels from online marketplaces, declared as gift or sample.",
        "es": "Unidades sueltas en paquetes pequeños de plataformas en línea, declaradas como "
        "regalo o muestra.",
        "fr": "Unités isolées dans de petits colis de places de marché en ligne, déclarées "
        "cadeau ou échantillon.",
        "pt": "Unidades isoladas em pequenas encomendas de plataformas online, declaradas como "
        "oferta ou amostra.",
    },
    "market": {
        "en": "Never sold in {markets}: any consignment of this product bound there is suspect.",
        "es": "Nunca se vende en {markets}: cualquier envío de este producto con ese destino es "
        "sospechoso.",
        "fr": "Jamais vendu en {markets} : tout envoi de ce produit à cette destination est "
        "suspect.",
        "pt": "Nunca vendido em {markets}: qualquer remessa deste produto com esse destino é "
        "suspeita.",
    },
    "packaging": {
        "en": "Loose items without retail packaging, or cartons with spelling mistakes.",
        "es": "Artículos sueltos sin embalaje de venta, o cajas con faltas de ortografía.",
        "fr": "Articles en vrac sans emballage de vente, ou cartons avec des fautes d'orthographe.",
        "pt": "Artigos soltos sem embalagem de venda, ou caixas com erros ortográficos.",
    },
}
DESCRIPTION = {
    "en": "{details} Genuine {brand} product, made in {made}; sold by authorised dealers in "
    "{sold}.",
    "es": "{name}: producto original de {brand}, fabricado en {made}; a la venta en "
    "distribuidores autorizados ({sold}).",
    "fr": "{name} : produit authentique {brand}, fabriqué en {made} ; vendu par des revendeurs "
    "agréés ({sold}).",
    "pt": "{name}: produto original {brand}, fabricado em {made}; vendido em revendedores "
    "autorizados ({sold}).",
}
PACKAGING = {
    "box": "Printed folding carton with hologram sticker, tamper seal and batch code.",
    "pack": "Hinged-lid pack with a tax stamp across the opening; ten packs to a carton.",
    "bottle": "Bottle or jar with wrap-around label, coloured cap and tamper seal.",
    "garment": "Folded in a clear polybag; swing tag with hologram, barcode and batch code.",
    "shoe": "Shoebox with size label; swing tag with hologram on the heel loop.",
    "bag": "Dust bag and rigid gift box; swing tag with the serial number.",
    "tool": "Blister card with hanging hole, brand band and barcode.",
    "watch": "Presentation box with warranty card carrying the serial number.",
    "bearing": "Individual carton with hologram label; outer cartons of 10.",
    "mask": "Individually wrapped; boxes of 20 with hologram label.",
    "ball": "Sold in a printed box with a swing tag.",
}
ALERT_TEXT = {
    "en": (
        "Counterfeit lot {lot} in circulation",
        "Fakes printed with lot code {lot} seized "
        "since {month}. The code is copied from genuine stock: check every feature.",
    ),
    "es": (
        "Lote falsificado {lot} en circulación",
        "Desde {month} se incautan falsificaciones "
        "con el lote {lot}. El código está copiado de mercancía original: compruebe todo.",
    ),
    "fr": (
        "Lot contrefait {lot} en circulation",
        "Depuis {month}, saisies de contrefaçons "
        "portant le lot {lot}. Le code est copié sur du stock authentique : vérifiez tout.",
    ),
    "pt": (
        "Lote contrafeito {lot} em circulação",
        "Desde {month} são apreendidas contrafações "
        "com o lote {lot}. O código foi copiado de stock original: verifique tudo.",
    ),
}
TIPS = [
    {
        "en": "Compare the item with the genuine photo side by side, at the same angle.",
        "es": "Compare el artículo con la foto original, lado a lado y con el mismo ángulo.",
        "fr": "Comparez l'article avec la photo authentique, côte à côte et sous le même angle.",
        "pt": "Compare o artigo com a foto original, lado a lado e no mesmo ângulo.",
    },
    {
        "en": "Identical lot codes on every unit of a large consignment are a warning sign.",
        "es": "Lotes idénticos en todas las unidades de un envío grande son una señal de alerta.",
        "fr": "Des numéros de lot identiques sur toutes les unités d'un gros envoi sont suspects.",
        "pt": "Lotes iguais em todas as unidades de uma remessa grande são um sinal de alerta.",
    },
    {
        "en": "When in doubt, photograph each feature and send a verification request.",
        "es": "En caso de duda, fotografíe cada característica y envíe una solicitud de "
        "verificación.",
        "fr": "En cas de doute, photographiez chaque point et envoyez une demande de vérification.",
        "pt": "Em caso de dúvida, fotografe cada característica e envie um pedido de verificação.",
    },
    {
        "en": "Fakes often copy the front carefully; check the back, the seams and the small "
        "print.",
        "es": "Las falsificaciones copian bien el frente; revise el reverso, costuras y letra "
        "pequeña.",
        "fr": "Les contrefaçons copient bien la face avant ; vérifiez le dos, les coutures et les "
        "petits caractères.",
        "pt": "As contrafações copiam bem a frente; verifique o verso, as costuras e o texto "
        "pequeno.",
    },
]
CAPTIONS = {
    "genuine": {
        "en": "Genuine {name}",
        "es": "{name} original",
        "fr": "{name} authentique",
        "pt": "{name} original",
    },
    "counterfeit": {
        "en": "Counterfeit seized in 2026",
        "es": "Falsificación incautada en 2026",
        "fr": "Contrefaçon saisie en 2026",
        "pt": "Contrafação apreendida em 2026",
    },
}
