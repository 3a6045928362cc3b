-- A catalogue at schema version 8, as written by idguide before the officer's own data moved to
-- a user database (issue 20): v7.sql opened by it (so migrated), then a photo added to
-- examination 3 (v8.user/photos/ holds its file, as catalog.user/photos/ held it beside the
-- catalogue), a workshop and an examination made and deleted again (their ids are used up:
-- sqlite_sequence says 2 and 4), and the note on cremelia-creme-rosa rewritten. Made with that
-- idguide's own code (open_catalog, add_photo, create_workshop, delete_workshop,
-- new_examination, delete_examination, set_note) and dumped with sqlite3's iterdump. Tests load
-- it to check the officer's data moves to the user database whole.
PRAGMA user_version = 8;
BEGIN TRANSACTION;
CREATE TABLE alerts (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    id TEXT NOT NULL,
    issued TEXT NOT NULL, expires TEXT NOT NULL, lot_codes TEXT NOT NULL,
    PRIMARY KEY (product_id, id)
);
INSERT INTO "alerts" VALUES('nordiva-wrench-tw200','nordiva-2026-07','2026-07-01','2027-06-30','["L2406-88"]');
CREATE TABLE brands (
    id TEXT PRIMARY KEY,
    publisher_id TEXT NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
    name TEXT NOT NULL
);
INSERT INTO "brands" VALUES('cremelia','cremelia','Crèmelia');
INSERT INTO "brands" VALUES('nordiva','nordhaven','Nordiva');
CREATE TABLE bundles (
    id TEXT PRIMARY KEY,
    publisher_id TEXT NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
    sequence INTEGER NOT NULL,
    kind TEXT NOT NULL,
    created_at TEXT NOT NULL,
    installed_at TEXT NOT NULL,
    counts TEXT NOT NULL
, "key_id" TEXT NOT NULL DEFAULT '');
INSERT INTO "bundles" VALUES('test-cremelia-1','cremelia',1,'full','2026-12-05T23:58:53+00:00','2026-12-05T23:58:53+00:00','{}','65b60673d6ed884b');
INSERT INTO "bundles" VALUES('test-nordhaven-1','nordhaven',1,'full','2026-12-05T23:58:53+00:00','2026-12-05T23:58:53+00:00','{}','0123456789abcdef');
CREATE TABLE categories (id TEXT PRIMARY KEY, position INTEGER NOT NULL);
INSERT INTO "categories" VALUES('ppe',0);
INSERT INTO "categories" VALUES('hand-tools',1);
INSERT INTO "categories" VALUES('bearings',2);
INSERT INTO "categories" VALUES('vehicle-parts',3);
INSERT INTO "categories" VALUES('phones',4);
INSERT INTO "categories" VALUES('electronics',5);
INSERT INTO "categories" VALUES('tobacco',6);
INSERT INTO "categories" VALUES('alcohol',7);
INSERT INTO "categories" VALUES('food',8);
INSERT INTO "categories" VALUES('pharma',9);
INSERT INTO "categories" VALUES('contact-lenses',10);
INSERT INTO "categories" VALUES('cosmetics',11);
INSERT INTO "categories" VALUES('detergents',12);
INSERT INTO "categories" VALUES('toys',13);
INSERT INTO "categories" VALUES('sports',14);
INSERT INTO "categories" VALUES('clothing',15);
INSERT INTO "categories" VALUES('bags',16);
INSERT INTO "categories" VALUES('watches',17);
INSERT INTO "categories" VALUES('household',18);
CREATE TABLE contacts (
    publisher_id TEXT NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    role TEXT NOT NULL, name TEXT NOT NULL, phone TEXT NOT NULL, email TEXT NOT NULL,
    hours TEXT NOT NULL, languages TEXT NOT NULL, regions TEXT NOT NULL,
    PRIMARY KEY (publisher_id, position)
);
INSERT INTO "contacts" VALUES('cremelia',0,'Proteção da marca','Ana Sousa','+351 21 555 0100','marca@cremelia.example','','["pt", "en"]','[]');
INSERT INTO "contacts" VALUES('nordhaven',0,'Brand protection','Maria Lind','+46 8 555 0100','protect@nordhaven.example','Mon-Fri 08:00-17:00 CET','["en", "sv"]','["EU"]');
CREATE TABLE examination_checks (
    exam_id INTEGER NOT NULL REFERENCES examinations(id) ON DELETE CASCADE,
    feature_number INTEGER NOT NULL,
    result TEXT NOT NULL DEFAULT 'unchecked',
    comment TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (exam_id, feature_number)
);
INSERT INTO "examination_checks" VALUES(1,1,'differs','blurred digits');
INSERT INTO "examination_checks" VALUES(2,1,'differs','no embossing');
INSERT INTO "examination_checks" VALUES(3,1,'differs','printed scale');
INSERT INTO "examination_checks" VALUES(3,2,'unchecked','');
CREATE TABLE examination_photos (
    exam_id INTEGER NOT NULL REFERENCES examinations(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    position INTEGER NOT NULL,
    format TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, size INTEGER NOT NULL,
    caption TEXT NOT NULL DEFAULT '',
    added_at TEXT NOT NULL,
    PRIMARY KEY (exam_id, sha256)
);
INSERT INTO "examination_photos" VALUES(1,'abababababababababababababababababababababababababababababababab',0,'JPEG',320,200,4321,'Lid, top view','2026-11-30T10:01:00+00:00');
INSERT INTO "examination_photos" VALUES(3,'29440002e9b0df4d1e18984db44c40209d74156eeae1f61c78c4a01a7775f090',0,'PNG',48,32,133,'Seal under UV','2026-12-06T02:59:12+00:00');
CREATE TABLE examinations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    uid TEXT NOT NULL UNIQUE,
    product_id TEXT NOT NULL,
    snapshot TEXT NOT NULL,
    verdict TEXT NOT NULL DEFAULT 'undetermined',
    case_ref TEXT NOT NULL DEFAULT '',
    place TEXT NOT NULL DEFAULT '',
    examined_on TEXT NOT NULL DEFAULT '',
    quantity INTEGER,
    declared_origin TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
, "quantity_unit" TEXT NOT NULL DEFAULT '', "lot_code" TEXT NOT NULL DEFAULT '', "requester_name" TEXT NOT NULL DEFAULT '', "requester_agency" TEXT NOT NULL DEFAULT '', "requester_office" TEXT NOT NULL DEFAULT '', "requester_contact" TEXT NOT NULL DEFAULT '');
INSERT INTO "examinations" VALUES(1,'6f1c0c2e-6a43-4b8e-9d0a-3f3b8e7a1c55','nordiva-wrench-tw200','{"brand": "Nordiva", "name": {"en": "Torque wrench TW-200"}, "default_language": "en", "publisher_id": "nordhaven", "publisher_name": "Nordhaven Tools AB", "revision": 2, "demo": false, "contacts": [], "features": [{"number": 1, "title": {"en": "Laser-etched scale"}}]}','suspected','CASE-7','Port of Gdansk','2026-11-30',120,'CN','Found in a parcel.','2026-11-30T10:00:00+00:00','2026-11-30T10:05:00+00:00','','','','','','');
INSERT INTO "examinations" VALUES(2,'24fb7272-5ec3-4c1b-9e1d-d5253d71f961','cremelia-creme-rosa','{"brand": "Cr\u00e8melia", "name": {"en": "Rose Cr\u00e8me Action", "pt": "Cr\u00e8me de rosa A\u00e7\u00e3o"}, "default_language": "pt", "publisher_id": "cremelia", "publisher_name": "Cr\u00e8melia Cosm\u00e9ticos Lda", "revision": 1, "demo": false, "contacts": [{"role": "Prote\u00e7\u00e3o da marca", "name": "Ana Sousa", "phone": "+351 21 555 0100", "email": "marca@cremelia.example", "hours": "", "languages": ["pt", "en"], "regions": []}], "features": [{"number": 1, "title": {"en": "Holographic seal", "pt": "Selo hologr\u00e1fico"}}]}','suspected','CASE-9','Port of Le Havre','2026-12-02',240,'TR','Jars without the embossed logo.','2026-12-06T02:02:30+00:00','2026-12-06T02:02:30+00:00','','','','','','');
INSERT INTO "examinations" VALUES(3,'b9487652-741e-42bc-8511-e08852105382','nordiva-wrench-tw200','{"brand": "Nordiva", "name": {"en": "Torque wrench TW-200", "es": "Llave dinamom\u00e9trica TW-200"}, "default_language": "en", "publisher_id": "nordhaven", "publisher_name": "Nordhaven Tools AB", "revision": 2, "demo": false, "contacts": [{"role": "Brand protection", "name": "Maria Lind", "phone": "+46 8 555 0100", "email": "protect@nordhaven.example", "hours": "Mon-Fri 08:00-17:00 CET", "languages": ["en", "sv"], "regions": ["EU"]}], "features": [{"number": 1, "title": {"en": "Etched scale", "es": "Escala grabada"}, "genuine": {"en": "Sharp etched marks."}, "counterfeit": {"en": "Printed marks rub off."}}, {"number": 2, "title": {"en": "Base line"}, "genuine": {"en": "Straight."}, "counterfeit": {"en": "Wavy."}}], "alerts": [{"id": "nordiva-2026-07", "title": {"en": "Fake batch L2406-88"}, "body": {"en": "Counterfeits in a genuine-looking case."}, "issued": "2026-07-01", "expires": "2027-06-30", "lot_codes": ["L2406-88"]}]}','suspected','CASE-11','Port of Antwerp','2026-12-10',36,'VN','Scale printed, not etched.','2026-12-06T02:21:19+00:00','2026-12-06T02:59:12+00:00','boxes','L2406-88','A. Martin','Customs and Excise','Antwerp port, team 3','a.martin@customs.example');
CREATE TABLE features (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    method TEXT NOT NULL,
    image_sha256 TEXT REFERENCES images(sha256),
    x REAL, y REAL, w REAL, h REAL,
    PRIMARY KEY (product_id, number)
);
INSERT INTO "features" VALUES('cremelia-creme-rosa',1,'uv-lamp','11e8f4c59d4718c126b5b26fb5913caaf9441af7b457b23cde5b840904660904',0.6,0.13,0.3,0.27);
INSERT INTO "features" VALUES('nordiva-pliers-p8',1,'naked-eye','63dd5a067d386a80396d99fbc96f4deb18ea362a24c773e83cebde80904f2d49',0.1,0.1,0.5,0.5);
INSERT INTO "features" VALUES('nordiva-wrench-tw200',1,'loupe','56f1bba1c22295078afeaf6b976d21396d9456b5813b5e72d4a41eb056748bc2',0.6,0.13,0.3,0.27);
INSERT INTO "features" VALUES('nordiva-wrench-tw200',2,'naked-eye','56f1bba1c22295078afeaf6b976d21396d9456b5813b5e72d4a41eb056748bc2',0.05,0.8,0.9,0.1);
CREATE TABLE gtins (
    gtin TEXT NOT NULL,
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    PRIMARY KEY (gtin, product_id)
);
INSERT INTO "gtins" VALUES('05601234567892','cremelia-creme-rosa');
INSERT INTO "gtins" VALUES('04006381333931','nordiva-pliers-p8');
INSERT INTO "gtins" VALUES('00036000291452','nordiva-wrench-tw200');
CREATE TABLE hs_codes (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    PRIMARY KEY (product_id, code)
);
INSERT INTO "hs_codes" VALUES('cremelia-creme-rosa','330499');
INSERT INTO "hs_codes" VALUES('nordiva-pliers-p8','820320');
INSERT INTO "hs_codes" VALUES('nordiva-wrench-tw200','820411');
CREATE TABLE images (
    sha256 TEXT PRIMARY KEY,
    format TEXT NOT NULL, width INTEGER NOT NULL, height INTEGER NOT NULL, size INTEGER NOT NULL
);
INSERT INTO "images" VALUES('11e8f4c59d4718c126b5b26fb5913caaf9441af7b457b23cde5b840904660904','PNG',200,150,390);
INSERT INTO "images" VALUES('63dd5a067d386a80396d99fbc96f4deb18ea362a24c773e83cebde80904f2d49','PNG',200,150,398);
INSERT INTO "images" VALUES('56f1bba1c22295078afeaf6b976d21396d9456b5813b5e72d4a41eb056748bc2','PNG',200,150,391);
INSERT INTO "images" VALUES('ffff10bf7c1715060de7a129105724028d1ffdf32e4948d6a5debd111e84c080','PNG',200,150,390);
CREATE TABLE indicators (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, kind TEXT NOT NULL,
    PRIMARY KEY (product_id, position)
);
INSERT INTO "indicators" VALUES('cremelia-creme-rosa',0,'market');
INSERT INTO "indicators" VALUES('nordiva-pliers-p8',0,'route');
INSERT INTO "indicators" VALUES('nordiva-wrench-tw200',0,'e-commerce');
INSERT INTO "indicators" VALUES('nordiva-wrench-tw200',1,'declared-value');
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
INSERT INTO "meta" VALUES('generation','3');
CREATE TABLE models (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL, model TEXT NOT NULL,
    PRIMARY KEY (product_id, position)
);
INSERT INTO "models" VALUES('cremelia-creme-rosa',0,'CR-50');
INSERT INTO "models" VALUES('nordiva-pliers-p8',0,'P-8');
INSERT INTO "models" VALUES('nordiva-wrench-tw200',0,'TW-200');
INSERT INTO "models" VALUES('nordiva-wrench-tw200',1,'TW200-EU');
CREATE TABLE notes (
    product_id TEXT PRIMARY KEY,
    text TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "notes" VALUES('nordiva-wrench-tw200','Lot L2406-88 seen at gate 4','2026-11-30T10:00:00+00:00');
INSERT INTO "notes" VALUES('cremelia-creme-rosa','Seen twice at Le Havre; lid seal differs','2026-12-06T02:59:12+00:00');
INSERT INTO "notes" VALUES('nordiva-pliers-p8','Grips without the logo at Antwerp','2026-12-06T02:21:19+00:00');
CREATE TABLE product_images (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    sha256 TEXT NOT NULL REFERENCES images(sha256),
    kind TEXT NOT NULL,
    PRIMARY KEY (product_id, position)
);
INSERT INTO "product_images" VALUES('cremelia-creme-rosa',0,'11e8f4c59d4718c126b5b26fb5913caaf9441af7b457b23cde5b840904660904','genuine');
INSERT INTO "product_images" VALUES('nordiva-pliers-p8',0,'63dd5a067d386a80396d99fbc96f4deb18ea362a24c773e83cebde80904f2d49','genuine');
INSERT INTO "product_images" VALUES('nordiva-wrench-tw200',0,'56f1bba1c22295078afeaf6b976d21396d9456b5813b5e72d4a41eb056748bc2','genuine');
INSERT INTO "product_images" VALUES('nordiva-wrench-tw200',1,'ffff10bf7c1715060de7a129105724028d1ffdf32e4948d6a5debd111e84c080','counterfeit');
CREATE TABLE products (
    id TEXT PRIMARY KEY,
    publisher_id TEXT NOT NULL REFERENCES publishers(id) ON DELETE CASCADE,
    brand_id TEXT NOT NULL REFERENCES brands(id),
    category_id TEXT NOT NULL REFERENCES categories(id),
    revision INTEGER NOT NULL,
    made_in TEXT NOT NULL, sold_in TEXT NOT NULL, never_sold_in TEXT NOT NULL,
    typical_price TEXT NOT NULL,
    withdrawn INTEGER NOT NULL DEFAULT 0,
    bundle_id TEXT REFERENCES bundles(id) ON DELETE SET NULL
, "key_id" TEXT NOT NULL DEFAULT '', "revoked" INTEGER NOT NULL DEFAULT 0, "content_hash" TEXT NOT NULL DEFAULT '');
INSERT INTO "products" VALUES('cremelia-creme-rosa','cremelia','cremelia','cosmetics',1,'[]','[]','[]','',0,'test-cremelia-1','65b60673d6ed884b',0,'');
INSERT INTO "products" VALUES('nordiva-pliers-p8','nordhaven','nordiva','hand-tools',1,'[]','[]','[]','',0,'test-nordhaven-1','0123456789abcdef',0,'');
INSERT INTO "products" VALUES('nordiva-wrench-tw200','nordhaven','nordiva','hand-tools',2,'["SE"]','["EU"]','["West Africa"]','EUR 89',0,'test-nordhaven-1','0123456789abcdef',0,'');
CREATE TABLE publishers (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    default_language TEXT NOT NULL,
    rights_valid_until TEXT NOT NULL DEFAULT '',
    demo INTEGER NOT NULL DEFAULT 0,
    revoked INTEGER NOT NULL DEFAULT 0
);
INSERT INTO "publishers" VALUES('cremelia','Crèmelia Cosméticos Lda','pt','',0,0);
INSERT INTO "publishers" VALUES('nordhaven','Nordhaven Tools AB','en','2031-12-31',0,0);
CREATE TABLE "revoked_keys" (
   "key_id" TEXT PRIMARY KEY,
   "public_key" TEXT NOT NULL,
   "revoked_at" TEXT NOT NULL
);
CREATE TABLE tips (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    PRIMARY KEY (product_id, position)
);
INSERT INTO "tips" VALUES('nordiva-wrench-tw200',0);
CREATE TABLE translations (
    product_id TEXT NOT NULL REFERENCES products(id) ON DELETE CASCADE,
    part TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (product_id, part, lang)
);
INSERT INTO "translations" VALUES('cremelia-creme-rosa','name','pt','Crème de rosa Ação');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','name','en','Rose Crème Action');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','description','pt','Creme hidratante com selo holográfico.');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','description','en','Moisturising cream with a holographic seal.');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','feature/1/title','pt','Selo holográfico');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','feature/1/title','en','Holographic seal');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','feature/1/genuine','pt','Brilha sob UV.');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','feature/1/genuine','en','Glows under UV.');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','feature/1/counterfeit','pt','Não brilha.');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','feature/1/counterfeit','en','Does not glow.');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','indicator/0','pt','Nunca vendido fora da UE.');
INSERT INTO "translations" VALUES('cremelia-creme-rosa','indicator/0','en','Never sold outside the EU.');
INSERT INTO "translations" VALUES('nordiva-pliers-p8','name','en','Combination pliers P-8');
INSERT INTO "translations" VALUES('nordiva-pliers-p8','name','fr','Pince universelle P-8');
INSERT INTO "translations" VALUES('nordiva-pliers-p8','description','en','Forged pliers with insulated grips.');
INSERT INTO "translations" VALUES('nordiva-pliers-p8','description','fr','Pince forgée avec poignées isolées.');
INSERT INTO "translations" VALUES('nordiva-pliers-p8','feature/1/title','en','Grip moulding');
INSERT INTO "translations" VALUES('nordiva-pliers-p8','feature/1/genuine','en','Two-tone grips.');
INSERT INTO "translations" VALUES('nordiva-pliers-p8','feature/1/counterfeit','en','Single colour.');
INSERT INTO "translations" VALUES('nordiva-pliers-p8','indicator/0','en','Transshipped via free zones.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','name','en','Torque wrench TW-200');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','name','es','Llave dinamométrica TW-200');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','description','en','Click-type torque wrench with laser-etched scale and holograms on the case.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','description','es','Llave dinamométrica con escala grabada.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','packaging','en','Blue case.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','image/0/caption','en','Genuine');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','image/1/caption','en','Counterfeit');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','feature/1/title','en','Etched scale');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','feature/1/title','es','Escala grabada');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','feature/1/genuine','en','Sharp etched marks.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','feature/1/counterfeit','en','Printed marks rub off.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','feature/1/how_to_check','en','Rub with a thumbnail.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','feature/2/title','en','Base line');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','feature/2/genuine','en','Straight.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','feature/2/counterfeit','en','Wavy.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','indicator/0','en','Single units in small parcels declared as samples.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','indicator/1','en','Declared under EUR 20.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','alert/nordiva-2026-07/title','en','Fake batch L2406-88');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','alert/nordiva-2026-07/body','en','Counterfeits in a genuine-looking case.');
INSERT INTO "translations" VALUES('nordiva-wrench-tw200','tip/0','en','Genuine cases never carry a CE mark on the lid.');
CREATE TABLE "trust" (
   "publisher_id" TEXT PRIMARY KEY,
   "all_brands" INTEGER NOT NULL DEFAULT '0',
   "demo" INTEGER NOT NULL DEFAULT '0',
   "added_at" TEXT NOT NULL,
   "origin" TEXT NOT NULL DEFAULT ''
, "name" TEXT NOT NULL DEFAULT '', "revoked_at" TEXT NOT NULL DEFAULT '');
INSERT INTO "trust" VALUES('nordhaven',0,0,'2026-11-30T08:00:00+00:00','','Nordhaven Tools','');
INSERT INTO "trust" VALUES('cremelia',0,0,'2026-12-01T08:00:00+00:00','feed:hq','Crèmelia Cosméticos Lda','');
CREATE TABLE "trust_brands" (
   "brand_id" TEXT PRIMARY KEY,
   "publisher_id" TEXT NOT NULL,
   "name" TEXT NOT NULL DEFAULT '',
   "added_at" TEXT NOT NULL
);
INSERT INTO "trust_brands" VALUES('nordiva','nordhaven','Nordiva','2026-11-30T08:00:00+00:00');
INSERT INTO "trust_brands" VALUES('cremelia','cremelia','Crèmelia','2026-12-01T08:00:00+00:00');
CREATE TABLE "trust_keys" (
   "publisher_id" TEXT NOT NULL,
   "key_id" TEXT NOT NULL,
   "public_key" TEXT NOT NULL,
   "added_at" TEXT NOT NULL,
   PRIMARY KEY ("publisher_id", "key_id")
);
INSERT INTO "trust_keys" VALUES('nordhaven','0123456789abcdef','MCowBQYDK2VwAyEAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=','2026-11-30T08:00:00+00:00');
INSERT INTO "trust_keys" VALUES('cremelia','65b60673d6ed884b','ebVWLo/mVPlAeLES6KmLp5AfhTrmlb7X4OORC60ElmQ=','2026-12-01T08:00:00+00:00');
CREATE TABLE "trust_licences" (
   "licensee" TEXT NOT NULL,
   "licensor" TEXT NOT NULL,
   "added_at" TEXT NOT NULL,
   PRIMARY KEY ("licensee", "licensor")
);
CREATE TABLE "trust_prefixes" (
   "prefix" TEXT NOT NULL,
   "publisher_id" TEXT NOT NULL,
   "added_at" TEXT NOT NULL,
   PRIMARY KEY ("prefix", "publisher_id")
);
INSERT INTO "trust_prefixes" VALUES('7350012','nordhaven','2026-12-06T02:02:30+00:00');
CREATE TABLE workshop_items (
    workshop_id INTEGER NOT NULL REFERENCES workshops(id) ON DELETE CASCADE,
    product_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (workshop_id, product_id)
);
INSERT INTO "workshop_items" VALUES(1,'nordiva-pliers-p8',0,'Nordiva Combination pliers P-8','Start here');
INSERT INTO "workshop_items" VALUES(1,'nordiva-wrench-tw200',1,'Nordiva Torque wrench TW-200','');
CREATE TABLE workshops (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    title TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
INSERT INTO "workshops" VALUES(1,'Hand tools, Gdansk','2026-11-30T09:00:00+00:00','2026-11-30T09:00:00+00:00');
CREATE INDEX products_brand ON products(brand_id);
CREATE INDEX products_category ON products(category_id);
CREATE INDEX gtins_product ON gtins(product_id);
CREATE INDEX examinations_product ON examinations(product_id);
CREATE INDEX bundles_publisher ON bundles(publisher_id, sequence);
CREATE INDEX "trust_brands_publisher"
    ON "trust_brands" ("publisher_id");
DELETE FROM "sqlite_sequence";
INSERT INTO "sqlite_sequence" VALUES('examinations',4);
INSERT INTO "sqlite_sequence" VALUES('workshops',2);
COMMIT;
