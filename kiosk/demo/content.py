"""Content tables of the built-in demo catalog: categories, vehicles, plants and part families."""

from __future__ import annotations

from kiosk.demo.types import Category, Country, Importer, PartType, Producer, Spec, Tr, Vehicle

CATEGORIES: tuple[Category, ...] = (
    Category("engine", Tr("Dvigatel", "Двигатель", "Engine"), "piston"),
    Category("transmission", Tr("Transmissiya", "Трансмиссия", "Transmission"), "gear"),
    Category(
        "chassis",
        Tr("Shassi va osma", "Шасси и подвеска", "Chassis and suspension"),
        "shock_absorber",
    ),
    Category("brakes", Tr("Tormoz tizimi", "Тормозная система", "Brakes"), "brake_disc"),
    Category("body", Tr("Kuzov", "Кузов", "Body"), "body_panel"),
    Category(
        "electrical",
        Tr(
            uz="Elektr jihozlari va elektronika",
            ru="Электрооборудование и электроника",
            en="Electrical and electronics",
        ),
        "wire_harness",
    ),
    Category("interior", Tr("Salon jihozlari", "Интерьер салона", "Interior"), "seat"),
    Category(
        "glass_lighting",
        Tr("Oynalar va yoritish", "Остекление и светотехника", "Glass and lighting"),
        "headlamp",
    ),
    Category("raw_materials", Tr("Xomashyo", "Сырьё и материалы", "Raw materials"), "steel_coil"),
    Category(
        "consumables",
        Tr("Sarf materiallari", "Расходные материалы", "Consumables"),
        "canister",
    ),
)

IMPORTERS: tuple[Importer, ...] = (
    Importer("uzauto", "UzAuto Motors"),
    Importer("samauto", "SamAuto"),
    Importer("man", "JV MAN Auto-Uzbekistan"),
    Importer("gmpt", "GM Powertrain Uzbekistan"),
    Importer("uzavtosanoat", "Uzavtosanoat JSC"),
    Importer("adm", "ADM Jizzakh"),
)

VEHICLES: tuple[Vehicle, ...] = (
    Vehicle("cobalt", "Chevrolet Cobalt", "uzauto"),
    Vehicle("nexia", "Chevrolet Nexia 3", "uzauto"),
    Vehicle("gentra", "Chevrolet Gentra", "uzauto"),
    Vehicle("spark", "Chevrolet Spark", "uzauto"),
    Vehicle("damas", "Chevrolet Damas", "uzauto"),
    Vehicle("labo", "Chevrolet Labo", "uzauto"),
    Vehicle("tracker", "Chevrolet Tracker", "uzauto"),
    Vehicle("onix", "Chevrolet Onix", "uzauto"),
    Vehicle("malibu", "Chevrolet Malibu", "uzauto"),
    Vehicle("isuzu_npr82", "Isuzu NPR 82", "samauto"),
    Vehicle("isuzu_nqr90", "Isuzu NQR 90", "samauto"),
    Vehicle("isuzu_citibus", "Isuzu Citibus", "samauto"),
    Vehicle("man_tgs", "MAN TGS", "man"),
    Vehicle("man_tgm", "MAN TGM", "man"),
    Vehicle("man_cla", "MAN CLA", "man"),
    Vehicle("b15d2", "B15D2 1.5 L", "gmpt"),
    Vehicle("b12d1", "B12D1 1.2 L", "gmpt"),
)

COUNTRIES: tuple[Country, ...] = (
    Country("KR", Tr("Koreya Respublikasi", "Республика Корея", "Republic of Korea")),
    Country("CN", Tr("Xitoy", "Китай", "China")),
    Country("DE", Tr("Germaniya", "Германия", "Germany")),
    Country("RU", Tr("Rossiya", "Россия", "Russia")),
    Country("TR", Tr("Turkiya", "Турция", "Türkiye")),
    Country("JP", Tr("Yaponiya", "Япония", "Japan")),
    Country("IN", Tr("Hindiston", "Индия", "India")),
    Country("PL", Tr("Polsha", "Польша", "Poland")),
    Country("KZ", Tr("Qozogʻiston", "Казахстан", "Kazakhstan")),
    Country("BY", Tr("Belarus", "Беларусь", "Belarus")),
    Country("CZ", Tr("Chexiya", "Чехия", "Czechia")),
    Country("US", Tr("Amerika Qoʻshma Shtatlari", "США", "United States")),
)

# Fictional plants: any likeness to a real company's name is unintended.
PRODUCERS: tuple[Producer, ...] = (
    Producer(
        "andijon_rezina",
        "Andijon Rezina-Texnika MChJ",
        "andijan",
        "Andijon",
        ("rubber", "extrusion", "foam"),
    ),
    Producer(
        "samarqand_quyish",
        "Samarqand Metall Quyish MChJ",
        "samarkand",
        "Samarqand",
        ("casting", "machining", "heat_treatment"),
    ),
    Producer(
        "chirchiq_polimer",
        "Chirchiq Polimer Kompozit MChJ",
        "tashkent_region",
        "Chirchiq",
        ("plastic_injection", "composites", "extrusion"),
    ),
    Producer(
        "asaka_press",
        "Asaka Press-Detal QK",
        "andijan",
        "Asaka",
        ("stamping", "welding", "painting", "assembly"),
    ),
    Producer(
        "olmaliq_mis_sim",
        "Olmaliq Mis Sim MChJ",
        "tashkent_region",
        "Olmaliq",
        ("wiring", "extrusion", "heat_treatment"),
    ),
    Producer(
        "navoiy_kimyo",
        "Navoiy Kimyo Boʻyoq MChJ",
        "navoi",
        "Navoiy",
        ("chemicals", "painting"),
    ),
    Producer(
        "fargona_elektro",
        "Fargʻona Elektro-Jihoz MChJ",
        "fergana",
        "Fargʻona",
        ("electronics", "wiring", "assembly"),
    ),
    Producer(
        "namangan_yoritish",
        "Namangan Yoritish Texnikasi MChJ",
        "namangan",
        "Namangan",
        ("plastic_injection", "electronics", "glass", "assembly"),
    ),
    Producer(
        "qarshi_prujina",
        "Qarshi Prujina Zavodi MChJ",
        "kashkadarya",
        "Qarshi",
        ("springs", "forging", "heat_treatment", "painting"),
    ),
    Producer(
        "buxoro_shisha",
        "Buxoro Shisha Texnologiyalari MChJ",
        "bukhara",
        "Buxoro",
        ("glass", "heat_treatment", "assembly"),
    ),
    Producer(
        "jizzax_mahkamlagich",
        "Jizzax Mahkamlagich Detallari MChJ",
        "jizzakh",
        "Jizzax",
        ("fasteners", "forging", "heat_treatment"),
    ),
    Producer(
        "guliston_plast",
        "Guliston Plastmassa Buyumlari MChJ",
        "syrdarya",
        "Guliston",
        ("plastic_injection", "extrusion", "painting"),
    ),
    Producer(
        "termiz_akkumulyator",
        "Termiz Akkumulyator Zavodi MChJ",
        "surkhandarya",
        "Termiz",
        ("chemicals", "casting", "plastic_injection", "assembly"),
    ),
    Producer(
        "urganch_payvand",
        "Urganch Payvand Metall MChJ",
        "khorezm",
        "Urganch",
        ("welding", "stamping", "painting"),
    ),
    Producer(
        "nukus_friksion",
        "Nukus Friksion Materiallar MChJ",
        "karakalpakstan",
        "Nukus",
        ("powder_metallurgy", "chemicals", "stamping"),
    ),
    Producer(
        "bektemir_mexanika",
        "Bektemir Mexanika Ishlov MChJ",
        "tashkent_city",
        "Toshkent",
        ("machining", "heat_treatment", "assembly"),
    ),
    Producer(
        "sergeli_elektronika",
        "Sergeli Avto-Elektronika MChJ",
        "tashkent_city",
        "Toshkent",
        ("electronics", "wiring", "assembly"),
    ),
    Producer(
        "angren_kukun",
        "Angren Kukun Metallurgiyasi MChJ",
        "tashkent_region",
        "Angren",
        ("powder_metallurgy", "heat_treatment", "machining"),
    ),
    Producer(
        "kattaqorgon_rezina",
        "Kattaqoʻrgʻon Rezina Buyumlari MChJ",
        "samarkand",
        "Kattaqoʻrgʻon",
        ("rubber", "extrusion", "assembly"),
    ),
    Producer(
        "margilon_tekstil",
        "Margʻilon Avto-Tekstil MChJ",
        "fergana",
        "Margʻilon",
        ("textiles", "foam"),
    ),
    Producer(
        "qoqon_kimyo",
        "Qoʻqon Kimyo Suyuqliklari MChJ",
        "fergana",
        "Qoʻqon",
        ("chemicals",),
    ),
    Producer(
        "shahrisabz_filtr",
        "Shahrisabz Filtr Texnika MChJ",
        "kashkadarya",
        "Shahrisabz",
        ("stamping", "plastic_injection", "assembly"),
    ),
    Producer(
        "bekobod_prokat",
        "Bekobod Prokat Servis MChJ",
        "tashkent_region",
        "Bekobod",
        ("stamping", "heat_treatment", "welding"),
    ),
)

PART_TYPES: tuple[PartType, ...] = (
    # -------------------- engine
    PartType(
        key="oil_filter",
        category="engine",
        kind="component",
        name=Tr("Moy filtri", "Масляный фильтр", "Oil filter"),
        description=Tr(
            uz=(
                "Yengil avtomobillar va yuk mashinalari dvigatellari uchun buraladigan toʻliq "
                "oqimli moy filtri. Mahalliy zavodga poʻlat korpusni chuqur choʻzish, filtr "
                "qogʻozini gofrlash va yelimlash, rezina qaytarma klapanni quyish hamda "
                "germetiklikni tekshirish liniyasi kerak boʻladi; filtr qogʻozi dastlab import "
                "qilinadi."
            ),
            ru=(
                "Навинчиваемый полнопоточный масляный фильтр для двигателей легковых и грузовых "
                "автомобилей. Местному заводу потребуются глубокая вытяжка стального корпуса, "
                "гофрирование и склейка фильтровальной бумаги, литьё резинового противодренажного "
                "клапана и линия проверки на герметичность; фильтровальную бумагу на первом этапе "
                "придётся импортировать."
            ),
            en=(
                "Spin-on full-flow oil filter for car and truck engines. A local plant needs deep "
                "drawing of the steel can, pleating and bonding of the filter paper, moulding of "
                "the rubber anti-drain valve and a leak-test line; the filter paper itself would "
                "be imported at first."
            ),
        ),
        hs_code="8421230000",
        art="filter",
        unit="pcs",
        unit_price_usd=2.9,
        yearly_quantity=120_000,
        vehicles=(
            "cobalt",
            "spark",
            "tracker",
            "isuzu_npr82",
            "isuzu_nqr90",
            "nexia",
            "gentra",
            "onix",
            "malibu",
            "damas",
            "labo",
        ),
        specs=(
            Spec(
                name=Tr("Tashqi diametri", "Наружный диаметр", "Outer diameter"),
                values=("Ø 76 mm", "Ø 66 mm", "Ø 76 mm", "Ø 93 mm", "Ø 108 mm"),
            ),
            Spec(
                name=Tr("Balandligi", "Высота", "Height"),
                values=("79 mm", "65 mm", "85 mm", "142 mm", "174 mm"),
            ),
            Spec(
                name=Tr("Rezba", "Резьба", "Thread"),
                values=("3/4-16 UNF", "M20×1.5", "M20×1.5", "M24×1.5", "M24×1.5"),
            ),
            Spec(
                name=Tr(
                    uz="Aylanma klapan ochilish bosimi",
                    ru="Давление открытия перепускного клапана",
                    en="Bypass valve opening pressure",
                ),
                values=("1.0 bar", "0.8 bar", "1.1 bar", "1.5 bar", "1.8 bar"),
            ),
        ),
        materials=(
            Tr("Poʻlat list", "Стальной лист", "Steel sheet"),
            Tr("Filtr qogʻozi", "Фильтровальная бумага", "Filter paper"),
            Tr("NBR rezina", "Резина NBR", "NBR rubber"),
        ),
        processes=(
            Tr("Chuqur choʻzish", "Глубокая вытяжка", "Deep drawing"),
            Tr("Filtr qogʻozini gofrlash", "Гофрирование фильтровальной бумаги", "Paper pleating"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("stamping", "rubber", "assembly"),
        countries=("KR", "CN", "DE", "TR"),
        variants=5,
    ),
    PartType(
        key="air_filter",
        category="engine",
        kind="component",
        name=Tr(
            uz="Havo filtri elementi",
            ru="Фильтрующий элемент воздушного фильтра",
            en="Air filter element",
        ),
        description=Tr(
            uz=(
                "Gofrlangan sellyuloza qatlami va poliuretan zichlagichli panel yoki silindr "
                "shaklidagi havo filtri elementi. Ishlab chiqarish asosan gofrlash, poliuretan "
                "zichlagichni quyish va yigʻishdan iborat, shu sababli bu ishni boshlash uchun eng "
                "qulay detallardan biri."
            ),
            ru=(
                "Панельный или цилиндрический фильтрующий элемент воздушного фильтра с "
                "гофрированной целлюлозной шторой и полиуретановым уплотнением. Производство "
                "сводится к гофрированию, заливке полиуретанового уплотнения и сборке, поэтому это "
                "одна из самых доступных деталей для старта."
            ),
            en=(
                "Panel or cylindrical intake air filter element with pleated cellulose media and a "
                "polyurethane seal. Production is mostly pleating, casting the polyurethane seal "
                "and assembly, which makes it one of the easiest parts to start with."
            ),
        ),
        hs_code="8421310000",
        art="filter",
        unit="pcs",
        unit_price_usd=4.8,
        yearly_quantity=80_000,
        vehicles=(
            "cobalt",
            "gentra",
            "isuzu_npr82",
            "man_tgs",
            "nexia",
            "spark",
            "tracker",
            "onix",
        ),
        specs=(
            Spec(
                name=Tr("Oʻlchamlari", "Размеры", "Dimensions"),
                values=("245×175×50 mm", "290×190×58 mm", "Ø 226×370 mm", "Ø 315×520 mm"),
            ),
            Spec(
                name=Tr("Filtr qogʻozi maydoni", "Площадь фильтрующей шторы", "Media area"),
                values=("0.45 m²", "0.62 m²", "3.6 m²", "9.8 m²"),
            ),
            Spec(
                name=Tr(
                    uz="Filtrlash samaradorligi",
                    ru="Эффективность фильтрации",
                    en="Filtration efficiency",
                ),
                values=("99.5 %", "99.5 %", "99.8 %", "99.9 %"),
            ),
        ),
        materials=(
            Tr(
                uz="Sellyuloza filtr qogʻozi",
                ru="Целлюлозная фильтровальная бумага",
                en="Cellulose filter media",
            ),
            Tr("Quyma poliuretan", "Литьевой полиуретан", "Cast polyurethane"),
        ),
        processes=(
            Tr("Filtr qogʻozini gofrlash", "Гофрирование фильтровальной бумаги", "Paper pleating"),
            Tr(
                uz="Poliuretan zichlagichni quyish",
                ru="Заливка полиуретанового уплотнения",
                en="Polyurethane seal casting",
            ),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("foam", "plastic_injection", "assembly"),
        countries=("KR", "CN", "DE"),
        variants=4,
    ),
    PartType(
        key="spark_plug",
        category="engine",
        kind="component",
        name=Tr("Oʻt oldirish shami", "Свеча зажигания", "Spark plug"),
        description=Tr(
            uz=(
                "Chevrolet avtomobillarining benzin dvigatellari uchun oʻt oldirish shami. U "
                "yuqori glinozyomli keramik izolyator, nikel yoki iridiy elektrod va rezbasi "
                "prokatlangan poʻlat korpusdan iborat, shuning uchun mahalliylashtirishda "
                "keramikani presslash va kuydirish hamda aniq metallga ishlov berish talab etiladi."
            ),
            ru=(
                "Свеча зажигания для бензиновых двигателей автомобилей Chevrolet. Она состоит из "
                "изолятора из высокоглинозёмистой керамики, никелевого или иридиевого электрода и "
                "стального корпуса с накатанной резьбой, поэтому для локализации нужны прессование "
                "и обжиг керамики и точная металлообработка."
            ),
            en=(
                "Spark plug for the petrol engines of Chevrolet cars. It combines a high-alumina "
                "ceramic insulator, a nickel or iridium electrode and a steel shell with rolled "
                "thread, so localisation needs ceramic pressing and firing as well as precision "
                "metalworking."
            ),
        ),
        hs_code="8511100009",
        art="spark_plug",
        unit="pcs",
        unit_price_usd=2.4,
        yearly_quantity=200_000,
        vehicles=(
            "cobalt",
            "spark",
            "damas",
            "tracker",
            "nexia",
            "gentra",
            "labo",
            "onix",
            "malibu",
        ),
        specs=(
            Spec(
                name=Tr(
                    uz="Elektrodlar orasidagi tirqish",
                    ru="Зазор между электродами",
                    en="Electrode gap",
                ),
                values=("1.0 mm", "1.0 mm", "0.8 mm", "0.7 mm"),
            ),
            Spec(
                name=Tr("Markaziy elektrod", "Центральный электрод", "Centre electrode"),
                values=("Ni", "Ni", "Ni", "Ir"),
            ),
            Spec(
                name=Tr("Kalit oʻlchami", "Размер под ключ", "Hex size"),
                values=("16 mm", "16 mm", "16 mm", "14 mm"),
            ),
            Spec(Tr("Rezba", "Резьба", "Thread"), ("M14×1.25",)),
        ),
        materials=(
            Tr("Alyuminiy oksidi keramikasi", "Алюмооксидная керамика", "Alumina ceramic"),
            Tr(
                uz="Nikel yoki iridiy qotishmasi",
                ru="Никелевый или иридиевый сплав",
                en="Nickel or iridium alloy",
            ),
            Tr("Sovuq choʻktiriladigan poʻlat", "Сталь для холодной высадки", "Cold-heading steel"),
        ),
        processes=(
            Tr(
                uz="Keramikani presslash va kuydirish",
                ru="Прессование и обжиг керамики",
                en="Ceramic pressing and firing",
            ),
            Tr(
                uz="Sovuq choʻktirish va rezba prokatlash",
                ru="Холодная высадка и накатка резьбы",
                en="Cold heading and thread rolling",
            ),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("machining", "heat_treatment", "assembly"),
        countries=("JP", "DE", "CN"),
        variants=4,
    ),
    PartType(
        key="timing_belt",
        category="engine",
        kind="component",
        name=Tr("Gaz taqsimlash mexanizmi tasmasi", "Ремень ГРМ", "Timing belt"),
        description=Tr(
            uz=(
                "Taqsimlash vallarini harakatga keltiruvchi tishli tasma; u har 60-90 ming km da "
                "almashtiriladi, shuning uchun unga ehtiyot qismlar bozorida ham talab katta. "
                "Ishlab chiqarish uchun HNBR asosidagi rezina aralashmasi, shisha tolali kord "
                "oʻrash, poliamid qoplama mato va tishli qolipda vulkanizatsiya kerak."
            ),
            ru=(
                "Зубчатый ремень привода распределительных валов; меняется каждые 60-90 тыс. км, "
                "поэтому спрос даёт и вторичный рынок. Для производства нужны резиновая смесь на "
                "основе HNBR, навивка стекловолоконного корда, полиамидная облицовочная ткань и "
                "вулканизация в зубчатой пресс-форме."
            ),
            en=(
                "Toothed belt that drives the camshafts; it is replaced every 60,000-90,000 km, so "
                "the aftermarket adds steady demand. Production needs an HNBR rubber compound, "
                "glass-fibre cord winding, polyamide facing fabric and vulcanisation in a toothed "
                "mould."
            ),
        ),
        hs_code="4010350000",
        art="belt",
        unit="pcs",
        unit_price_usd=6.5,
        yearly_quantity=60_000,
        vehicles=("b15d2", "cobalt", "damas", "nexia", "gentra", "labo"),
        specs=(
            Spec(Tr("Tishlar soni", "Число зубьев", "Number of teeth"), ("111", "111", "104")),
            Spec(Tr("Eni", "Ширина", "Width"), ("22 mm", "22 mm", "19 mm")),
            Spec(Tr("Tish qadami", "Шаг зубьев", "Tooth pitch"), ("8.0 mm", "8.0 mm", "9.525 mm")),
            Spec(Tr("Materiali", "Материал", "Material"), ("HNBR",)),
        ),
        materials=(
            Tr("HNBR rezina aralashmasi", "Резиновая смесь HNBR", "HNBR rubber compound"),
            Tr("Shisha tolali kord", "Стекловолоконный корд", "Glass-fibre cord"),
            Tr("Poliamid mato", "Полиамидная ткань", "Polyamide fabric"),
        ),
        processes=(
            Tr("Rezina aralashtirish", "Приготовление резиновых смесей", "Rubber compounding"),
            Tr("Rezinani vulkanizatsiyalash", "Вулканизация резины", "Rubber vulcanisation"),
            Tr("Kesish va nazorat", "Нарезка и контроль", "Cutting and inspection"),
        ),
        capabilities=("rubber", "textiles"),
        countries=("DE", "JP", "KR", "PL"),
        variants=3,
    ),
    PartType(
        key="piston",
        category="engine",
        kind="component",
        name=Tr("Porshen", "Поршень", "Piston"),
        description=Tr(
            uz=(
                "GM Powertrain Uzbekistan zavodida yigʻiladigan B15D2 va B12D1 benzin dvigatellari "
                "uchun quyma alyuminiy porshen. Mahalliy ishlab chiqarish uchun alyuminiy-kremniy "
                "qotishmasini kokilga quyish, T6 rejimida termik ishlov berish va yubka profiliga "
                "CNC dastgohlarida aniq tokarlik ishlovi berish kerak."
            ),
            ru=(
                "Литой алюминиевый поршень для бензиновых двигателей B15D2 и B12D1, собираемых на "
                "заводе GM Powertrain Uzbekistan. Для локализации нужны кокильное литьё "
                "алюминиево-кремниевого сплава, термообработка по режиму T6 и точная токарная "
                "обработка профиля юбки на станках с ЧПУ."
            ),
            en=(
                "Cast aluminium piston for the B15D2 and B12D1 petrol engines assembled by GM "
                "Powertrain Uzbekistan. Local production needs gravity die casting of an "
                "aluminium-silicon alloy, T6 heat treatment and precise CNC turning of the skirt "
                "profile."
            ),
        ),
        hs_code="8409910008",
        art="piston",
        unit="pcs",
        unit_price_usd=12.5,
        yearly_quantity=100_000,
        vehicles=("b15d2", "b12d1"),
        specs=(
            Spec(Tr("Diametri", "Диаметр", "Diameter"), ("Ø 74.7 mm", "Ø 69.5 mm", "Ø 74.95 mm")),
            Spec(Tr("Qotishma", "Сплав", "Alloy"), ("AlSi12CuNiMg",)),
            Spec(
                name=Tr("Kompressiya balandligi", "Компрессионная высота", "Compression height"),
                values=("26.0 mm", "25.2 mm", "26.0 mm"),
            ),
            Spec(Tr("Massasi", "Масса", "Weight"), ("238 g", "205 g", "240 g")),
        ),
        materials=(
            Tr(
                uz="Alyuminiy-kremniy qotishmasi",
                ru="Алюминиево-кремниевый сплав",
                en="Aluminium-silicon alloy",
            ),
            Tr(
                uz="Grafitli antifriksion qoplama",
                ru="Антифрикционное графитовое покрытие",
                en="Anti-friction graphite coating",
            ),
        ),
        processes=(
            Tr("Kokilga quyish", "Литьё в кокиль", "Gravity die casting"),
            Tr("Termik ishlov berish", "Термообработка", "Heat treatment"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
        ),
        capabilities=("casting", "heat_treatment", "machining"),
        countries=("KR", "DE", "CN"),
        variants=3,
    ),
    PartType(
        key="piston_rings",
        category="engine",
        kind="component",
        name=Tr("Porshen halqalari toʻplami", "Комплект поршневых колец", "Piston ring set"),
        description=Tr(
            uz=(
                "B seriyali dvigatellarning bitta porsheni uchun ikkita kompressiya halqasi va "
                "bitta tarkibli moy sidiruvchi halqadan iborat toʻplam. Ishlab chiqarish uchun "
                "yuqori mustahkam choʻyan yoki prujina poʻlati tasmasi, profilli jilvirlash, "
                "azotlash yoki xromlash hamda qulf tirqishi va elastiklikni qatʼiy nazorat qilish "
                "talab etiladi."
            ),
            ru=(
                "Комплект из двух компрессионных и одного составного маслосъёмного кольца на один "
                "поршень двигателей серии B. Для производства нужны высокопрочный чугун или "
                "пружинная стальная лента, профильное шлифование, азотирование или хромирование и "
                "строгий контроль зазора в замке и упругости колец."
            ),
            en=(
                "Set of two compression rings and one three-piece oil control ring for one piston "
                "of the B-series engines. Production calls for ductile iron or spring steel strip, "
                "profile grinding, nitriding or chrome plating, and tight control of ring gap and "
                "tension."
            ),
        ),
        hs_code="8409910008",
        art="piston",
        unit="set",
        unit_price_usd=8.9,
        yearly_quantity=100_000,
        vehicles=("b15d2", "b12d1"),
        specs=(
            Spec(Tr("Diametri", "Диаметр", "Diameter"), ("Ø 74.7 mm", "Ø 69.5 mm")),
            Spec(
                name=Tr("Halqalar balandligi", "Высота колец", "Ring heights"),
                values=("1.2/1.5/2.0 mm", "1.0/1.2/2.0 mm"),
            ),
            Spec(
                name=Tr("Yuqori halqa qoplamasi", "Покрытие верхнего кольца", "Top ring coating"),
                values=("CrN (PVD)", "Cr"),
            ),
        ),
        materials=(
            Tr("Prujina poʻlati", "Пружинная сталь", "Spring steel"),
            Tr("Yuqori mustahkam choʻyan", "Высокопрочный чугун", "Ductile cast iron"),
        ),
        processes=(
            Tr("Profilli jilvirlash", "Профильное шлифование", "Profile grinding"),
            Tr("Azotlash", "Азотирование", "Nitriding"),
            Tr("Galvanik qoplash", "Гальваническое покрытие", "Electroplating"),
        ),
        capabilities=("machining", "heat_treatment", "casting"),
        countries=("DE", "JP", "CN"),
        variants=2,
    ),
    PartType(
        key="head_gasket",
        category="engine",
        kind="component",
        name=Tr(
            uz="Silindrlar kallagi qistirmasi",
            ru="Прокладка головки блока цилиндров",
            en="Cylinder head gasket",
        ),
        description=Tr(
            uz=(
                "Silindrlar bloki bilan kallak orasidagi tutashuvni zichlovchi koʻp qatlamli "
                "poʻlat qistirma. Uni ishlab chiqarish uchun zanglamaydigan prujina poʻlati listi, "
                "aniq kesib olish va zichlovchi boʻrtmalarni shtamplash hamda trafaret usulida "
                "elastomer qoplama surtish kerak boʻladi."
            ),
            ru=(
                "Многослойная стальная прокладка, уплотняющая стык блока цилиндров и головки. Для "
                "её выпуска нужны лист нержавеющей пружинной стали, точная вырубка и чеканка "
                "уплотнительных валиков, а также нанесение эластомерного покрытия трафаретной "
                "печатью."
            ),
            en=(
                "Multi-layer steel gasket that seals the joint between the cylinder block and the "
                "head. Making it requires stainless spring steel sheet, precision blanking and "
                "embossing of the sealing beads, and an elastomer coating applied by screen "
                "printing."
            ),
        ),
        hs_code="8484100009",
        art="gasket",
        unit="pcs",
        unit_price_usd=11.0,
        yearly_quantity=40_000,
        vehicles=("b15d2", "b12d1", "isuzu_npr82", "cobalt"),
        specs=(
            Spec(Tr("Qatlamlar soni", "Число слоёв", "Layers"), ("3", "2", "3")),
            Spec(
                name=Tr(
                    uz="Siqilgan holdagi qalinligi",
                    ru="Толщина в сжатом состоянии",
                    en="Compressed thickness",
                ),
                values=("0.85 mm", "0.70 mm", "1.05 mm"),
            ),
            Spec(
                name=Tr("Silindr teshigi", "Отверстие под цилиндр", "Bore opening"),
                values=("Ø 75.5 mm", "Ø 70.3 mm", "Ø 116 mm"),
            ),
            Spec(Tr("Materiali", "Материал", "Material"), ("SUS301",)),
        ),
        materials=(
            Tr(
                uz="Zanglamaydigan prujina poʻlati",
                ru="Нержавеющая пружинная сталь",
                en="Stainless spring steel",
            ),
            Tr("FKM elastomer qoplama", "Эластомерное покрытие FKM", "FKM elastomer coating"),
        ),
        processes=(
            Tr("Kesib olish va shtamplash", "Вырубка и штамповка", "Blanking and embossing"),
            Tr("Trafaret bosma", "Трафаретная печать", "Screen printing"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("stamping", "rubber", "chemicals"),
        countries=("KR", "DE", "CN"),
        variants=3,
    ),
    PartType(
        key="radiator",
        category="engine",
        kind="component",
        name=Tr(
            uz="Dvigatel sovutish radiatori",
            ru="Радиатор охлаждения двигателя",
            en="Engine cooling radiator",
        ),
        description=Tr(
            uz=(
                "Yengil avtomobillar va yuk mashinalari dvigatellari uchun plastik baklari bor "
                "kavsharlangan alyuminiy radiator. Mahalliy ishlab chiqarish uchun alyuminiy "
                "quvurcha va gofr tayyorlash, nazorat qilinadigan muhitda kavsharlash pechi, "
                "shisha tolali poliamiddan bak quyish va bosim bilan sinash kerak."
            ),
            ru=(
                "Паяный алюминиевый радиатор с пластиковыми бачками для двигателей легковых и "
                "грузовых автомобилей. Местному производству нужны формовка алюминиевых трубок и "
                "гофры, печь пайки в контролируемой атмосфере, литьё бачков из стеклонаполненного "
                "полиамида и испытание давлением."
            ),
            en=(
                "Brazed aluminium radiator with plastic side tanks for car and truck engines. A "
                "local plant needs aluminium tube and fin forming, a controlled-atmosphere brazing "
                "furnace, moulding of glass-filled polyamide tanks and pressure testing."
            ),
        ),
        hs_code="8708913509",
        art="radiator",
        unit="pcs",
        unit_price_usd=45.0,
        yearly_quantity=25_000,
        vehicles=(
            "cobalt",
            "nexia",
            "spark",
            "damas",
            "isuzu_npr82",
            "gentra",
            "labo",
            "tracker",
            "onix",
        ),
        specs=(
            Spec(
                name=Tr("Oʻzak oʻlchami", "Размер сердцевины", "Core size"),
                values=(
                    "630×358×16 mm",
                    "580×358×16 mm",
                    "480×340×16 mm",
                    "500×320×26 mm",
                    "720×480×42 mm",
                ),
            ),
            Spec(
                name=Tr("Quvurlar qatori", "Число рядов трубок", "Tube rows"),
                values=("1", "1", "1", "2", "2"),
            ),
            Spec(Tr("Materiali", "Материал", "Material"), ("Al / PA66-GF30",)),
            Spec(Tr("Sinov bosimi", "Испытательное давление", "Test pressure"), ("2.0 bar",)),
        ),
        materials=(
            Tr(
                uz="Kavsharlanadigan alyuminiy tasma",
                ru="Алюминиевая лента с припоем",
                en="Clad aluminium brazing strip",
            ),
            Tr(
                uz="Shisha tolali poliamid PA66",
                ru="Стеклонаполненный полиамид PA66",
                en="Glass-filled polyamide PA66",
            ),
            Tr("EPDM rezina", "Резина EPDM", "EPDM rubber"),
        ),
        processes=(
            Tr("Quvurcha va gofr tayyorlash", "Формовка трубок и гофры", "Tube and fin forming"),
            Tr(
                uz="Nazorat qilinadigan muhitda kavsharlash",
                ru="Пайка в контролируемой атмосфере",
                en="Controlled-atmosphere brazing",
            ),
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr("Bosim bilan sinash", "Испытание давлением", "Pressure testing"),
        ),
        capabilities=("extrusion", "plastic_injection", "assembly"),
        countries=("KR", "CN", "TR"),
        variants=5,
    ),
    PartType(
        key="muffler",
        category="engine",
        kind="component",
        name=Tr(
            uz="Chiqarish tizimi shovqin soʻndirgichi",
            ru="Глушитель выхлопной системы",
            en="Exhaust silencer",
        ),
        description=Tr(
            uz=(
                "Alyuminiylangan yoki ferritli zanglamaydigan poʻlatdan tayyorlangan chiqarish "
                "tizimining asosiy shovqin soʻndirgichi. Bu mahalliylashtirishning klassik "
                "namunasi: quvurlarni egish, korpusni valslash va falslash, MIG payvandlash hamda "
                "germetiklikni oddiy tekshirish yetarli, poʻlat list esa hozircha import qilinadi."
            ),
            ru=(
                "Основной глушитель выхлопной системы из алюминированной или ферритной нержавеющей "
                "стали. Это классический объект локализации: достаточно гибки труб, вальцовки и "
                "фальцовки корпуса, сварки MIG и простой проверки на герметичность, а стальной "
                "лист пока импортируется."
            ),
            en=(
                "Main silencer of the exhaust system made of aluminised or ferritic stainless "
                "steel. It is a classic localisation item: tube bending, shell rolling and "
                "lock-seaming, MIG welding and a simple leak test are enough, while the steel "
                "sheet is still imported."
            ),
        ),
        hs_code="8708923509",
        art="muffler",
        unit="pcs",
        unit_price_usd=32.0,
        yearly_quantity=30_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "damas", "labo", "isuzu_npr82"),
        specs=(
            Spec(
                name=Tr("Korpus uzunligi", "Длина корпуса", "Shell length"),
                values=("420 mm", "400 mm", "440 mm", "360 mm", "330 mm"),
            ),
            Spec(Tr("Materiali", "Материал", "Material"), ("AISI 409", "DX53D+AS120")),
            Spec(Tr("Devor qalinligi", "Толщина стенки", "Wall thickness"), ("1.0 mm", "1.2 mm")),
        ),
        materials=(
            Tr("Alyuminiylangan poʻlat", "Алюминированная сталь", "Aluminised steel"),
            Tr(
                uz="Ferritli zanglamaydigan poʻlat",
                ru="Ферритная нержавеющая сталь",
                en="Ferritic stainless steel",
            ),
            Tr("Bazalt tolasi", "Базальтовое волокно", "Basalt wool"),
        ),
        processes=(
            Tr("Quvurlarni egish", "Гибка труб", "Tube bending"),
            Tr("Valslash va falslash", "Вальцовка и фальцовка", "Shell rolling and lock-seaming"),
            Tr("Payvandlash", "Сварка", "Welding"),
        ),
        capabilities=("stamping", "welding", "assembly"),
        countries=("KR", "CN", "TR"),
        variants=5,
    ),
    # -------------------- transmission
    PartType(
        key="clutch_disc",
        category="transmission",
        kind="component",
        name=Tr("Ilashish muftasi diski", "Ведомый диск сцепления", "Clutch disc"),
        description=Tr(
            uz=(
                "Mexanik uzatmalar qutisi boʻlgan avtomobil va yuk mashinalari uchun organik "
                "friksion qoplamali va buralma tebranish soʻndirgichli yetaklanuvchi disk. "
                "Mahalliylashtirish uchun poʻlat gupchak va prujinalarni shtamplash va termik "
                "ishlash, parchinlash hamda friksion qoplamalarni oʻzida ishlab chiqarish yoki "
                "import qilish kerak."
            ),
            ru=(
                "Ведомый диск сцепления с органическими фрикционными накладками и гасителем "
                "крутильных колебаний для легковых и грузовых автомобилей с механической коробкой "
                "передач. Для локализации нужны штамповка и термообработка стальной ступицы и "
                "пружин, клёпка, а также собственное производство накладок или их импорт."
            ),
            en=(
                "Driven clutch plate with organic friction facings and a torsional damper, for "
                "cars and trucks with a manual gearbox. Localisation involves stamping and heat "
                "treating the steel hub and springs, riveting, and either a facing plant of its "
                "own or imported facings."
            ),
        ),
        hs_code="8708939009",
        art="clutch_disc",
        unit="pcs",
        unit_price_usd=24.0,
        yearly_quantity=25_000,
        vehicles=("cobalt", "nexia", "spark", "damas", "isuzu_npr82", "man_tgm", "gentra", "labo"),
        specs=(
            Spec(
                name=Tr("Tashqi diametri", "Наружный диаметр", "Outer diameter"),
                values=("Ø 200 mm", "Ø 200 mm", "Ø 190 mm", "Ø 160 mm", "Ø 300 mm", "Ø 395 mm"),
            ),
            Spec(
                name=Tr("Shlitslar soni", "Число шлицев", "Number of splines"),
                values=("22", "22", "20", "18", "24", "24"),
            ),
            Spec(Tr("Friksion qoplama", "Фрикционные накладки", "Facings"), ("NAO",)),
        ),
        materials=(
            Tr(
                uz="Friksion massa (asbestsiz)",
                ru="Фрикционная масса (безасбестовая)",
                en="Friction compound (asbestos-free)",
            ),
            Tr("Prujina poʻlati", "Пружинная сталь", "Spring steel"),
            Tr("Poʻlat list", "Стальной лист", "Steel sheet"),
        ),
        processes=(
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr("Termik ishlov berish", "Термообработка", "Heat treatment"),
            Tr("Parchinlash", "Клёпка", "Riveting"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("stamping", "heat_treatment", "springs", "assembly"),
        countries=("DE", "KR", "TR"),
        variants=6,
    ),
    PartType(
        key="clutch_cover",
        category="transmission",
        kind="component",
        name=Tr("Ilashish muftasi savati", "Корзина сцепления", "Clutch pressure plate"),
        description=Tr(
            uz=(
                "Choʻyan bosim diski va diafragmali prujinasi bor ilashish muftasi savati. Ishlab "
                "chiqarish uchun kulrang choʻyanni quyish va unga mexanik ishlov berish, qopqoqni "
                "shtamplash, diafragmali prujinani shakllantirish va termik ishlash hamda dinamik "
                "muvozanatlash stansiyasi kerak."
            ),
            ru=(
                "Корзина сцепления в сборе с чугунным нажимным диском и диафрагменной пружиной. "
                "Для производства нужны литьё и механообработка серого чугуна, штамповка кожуха, "
                "формовка и термообработка диафрагменной пружины и станция динамической "
                "балансировки."
            ),
            en=(
                "Clutch cover assembly with a cast-iron pressure plate and a diaphragm spring. "
                "Making it requires grey iron casting and machining, stamping of the cover, "
                "forming and heat treatment of the diaphragm spring, and a dynamic balancing "
                "station."
            ),
        ),
        hs_code="8708939009",
        art="clutch_disc",
        unit="pcs",
        unit_price_usd=36.0,
        yearly_quantity=20_000,
        vehicles=("cobalt", "spark", "damas", "isuzu_npr82", "nexia", "gentra"),
        specs=(
            Spec(
                name=Tr("Tashqi diametri", "Наружный диаметр", "Outer diameter"),
                values=("Ø 200 mm", "Ø 190 mm", "Ø 160 mm", "Ø 300 mm"),
            ),
            Spec(
                name=Tr("Qisish kuchi", "Усилие прижатия", "Clamp load"),
                values=("4200 N", "3600 N", "2900 N", "8500 N"),
            ),
            Spec(Tr("Massasi", "Масса", "Weight"), ("4.1 kg", "3.6 kg", "2.8 kg", "9.5 kg")),
        ),
        materials=(
            Tr("Kulrang choʻyan", "Серый чугун", "Grey cast iron"),
            Tr("Prujina poʻlati", "Пружинная сталь", "Spring steel"),
            Tr("Poʻlat list", "Стальной лист", "Steel sheet"),
        ),
        processes=(
            Tr("Kulrang choʻyanni quyish", "Литьё серого чугуна", "Grey iron casting"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr("Dinamik muvozanatlash", "Динамическая балансировка", "Dynamic balancing"),
        ),
        capabilities=("casting", "machining", "stamping", "springs"),
        countries=("DE", "KR", "CN"),
        variants=4,
    ),
    PartType(
        key="synchro_ring",
        category="transmission",
        kind="component",
        name=Tr(
            uz="Uzatmalar qutisi sinxronizator halqasi",
            ru="Кольцо синхронизатора КПП",
            en="Gearbox synchroniser ring",
        ),
        description=Tr(
            uz=(
                "Uzatma ulanayotganda vallar tezligini tenglashtiruvchi latun yoki sinterlangan "
                "poʻlatdan qilingan sinxronizator halqasi. Uni maxsus latunni issiq holda "
                "shtamplash yoki kukun metallurgiyasi usulida tayyorlab, soʻng friksion konus va "
                "tishlarga aniq ishlov berish mumkin."
            ),
            ru=(
                "Блокирующее кольцо синхронизатора из латуни или спечённой стали, выравнивающее "
                "скорости валов при включении передачи. Его можно изготавливать горячей штамповкой "
                "специальной латуни или методом порошковой металлургии с последующей точной "
                "обработкой фрикционного конуса и зубьев."
            ),
            en=(
                "Brass or sintered-steel blocking ring that matches shaft speeds when a gear is "
                "engaged. It can be made by hot forging of special brass or by powder metallurgy, "
                "followed by precise machining of the friction cone and the teeth."
            ),
        ),
        hs_code="8708405009",
        art="gear",
        unit="pcs",
        unit_price_usd=4.5,
        yearly_quantity=70_000,
        vehicles=("cobalt", "gentra", "spark", "isuzu_npr82", "nexia"),
        specs=(
            Spec(
                name=Tr("Materiali", "Материал", "Material"),
                values=("CuZn40Al2", "CuZn40Al2", "Fe-Cu-C (PM)", "16MnCr5 + Mo"),
            ),
            Spec(
                name=Tr("Ichki diametri", "Внутренний диаметр", "Inner diameter"),
                values=("Ø 66 mm", "Ø 66 mm", "Ø 58 mm", "Ø 88 mm"),
            ),
            Spec(Tr("Tishlar soni", "Число зубьев", "Number of teeth"), ("36", "36", "32", "42")),
        ),
        materials=(
            Tr("Maxsus latun", "Специальная латунь", "Special brass"),
            Tr("Temir-mis kukuni", "Железо-медный порошок", "Iron-copper powder"),
        ),
        processes=(
            Tr("Issiq holda shtamplash", "Горячая штамповка", "Hot forging"),
            Tr(
                uz="Kukunni presslash va sinterlash",
                ru="Прессование и спекание порошка",
                en="Powder pressing and sintering",
            ),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
        ),
        capabilities=("forging", "powder_metallurgy", "machining"),
        countries=("DE", "KR", "CN", "JP"),
        variants=4,
    ),
    PartType(
        key="gearbox_gear",
        category="transmission",
        kind="component",
        name=Tr("Uzatmalar qutisi tishli gʻildiragi", "Шестерня коробки передач", "Gearbox gear"),
        description=Tr(
            uz=(
                "Sementatsiyalanadigan poʻlatdan tayyorlangan mexanik uzatmalar qutisining qiya "
                "tishli gʻildiragi. Uni ishlab chiqarish uchun yopiq shtampda issiq bolgʻalash, "
                "tish frezalash va shevinglash, sementatsiya va toblash hamda toʻliq metrologik "
                "nazorat bilan tish jilvirlash kerak; bunday uskunalar qishloq xoʻjaligi "
                "mashinasozligiga ham yaraydi."
            ),
            ru=(
                "Косозубая шестерня механической коробки передач из цементуемой стали. Для её "
                "выпуска нужны горячая объёмная штамповка, зубофрезерование и шевингование, "
                "цементация с закалкой и зубошлифование с полным метрологическим контролем; такое "
                "оборудование пригодится и сельхозмашиностроению."
            ),
            en=(
                "Helical gear of a manual gearbox made of case-hardening steel. Producing it takes "
                "closed-die forging, gear hobbing and shaving, carburising and quenching, and gear "
                "grinding with full metrology; the same equipment also serves agricultural "
                "machinery."
            ),
        ),
        hs_code="8708405009",
        art="gear",
        unit="pcs",
        unit_price_usd=21.0,
        yearly_quantity=30_000,
        vehicles=("cobalt", "spark", "damas", "isuzu_npr82", "man_tgm", "nexia", "gentra"),
        specs=(
            Spec(
                name=Tr("Tishlar soni", "Число зубьев", "Number of teeth"),
                values=("37", "41", "33", "29", "45"),
            ),
            Spec(
                name=Tr("Modul", "Модуль", "Module"),
                values=("2.25 mm", "2.0 mm", "2.0 mm", "3.0 mm", "4.0 mm"),
            ),
            Spec(
                name=Tr("Poʻlat markasi", "Марка стали", "Steel grade"),
                values=("20MnCr5", "SCM420", "SCM420", "SCM420", "20MnCr5"),
            ),
        ),
        materials=(
            Tr("Sementatsiyalanadigan poʻlat", "Цементуемая сталь", "Case-hardening steel"),
        ),
        processes=(
            Tr("Yopiq shtampda bolgʻalash", "Горячая объёмная штамповка", "Closed-die forging"),
            Tr(
                uz="Tish frezalash va jilvirlash",
                ru="Зубофрезерование и зубошлифование",
                en="Gear hobbing and grinding",
            ),
            Tr("Sementatsiya va toblash", "Цементация и закалка", "Carburising and quenching"),
        ),
        capabilities=("forging", "machining", "heat_treatment"),
        countries=("KR", "DE", "JP", "CN"),
        variants=5,
    ),
    PartType(
        key="cv_joint",
        category="transmission",
        kind="component",
        name=Tr("Teng burchak tezlikli tashqi sharnir", "Наружный ШРУС", "Outer CV joint"),
        description=Tr(
            uz=(
                "Old gʻildiraklari yetaklovchi avtomobil uchun changdan himoya gʻilofi, xomut va "
                "moy bilan birga yetkaziladigan teng burchak tezlikli tashqi sharnir. Buning uchun "
                "korpusni aniq shtamplash, qattiq yoʻnish va sharcha yoʻlaklarini jilvirlash, "
                "induksion toblash hamda rezina yoki termoelastoplast gʻiloflar yetkazib "
                "beruvchisi kerak."
            ),
            ru=(
                "Наружный шарнир равных угловых скоростей переднеприводного автомобиля в комплекте "
                "с пыльником, хомутом и смазкой. Требуются точная штамповка корпуса, твёрдое "
                "точение и шлифование дорожек шариков, индукционная закалка и поставщик резиновых "
                "или термоэластопластовых пыльников."
            ),
            en=(
                "Outer constant-velocity joint of a front-wheel-drive car, supplied with boot, "
                "clamp and grease. It needs precision forging of the housing, hard turning and "
                "grinding of the ball tracks, induction hardening and a supplier of rubber or TPE "
                "boots."
            ),
        ),
        hs_code="8708509909",
        art="drive_shaft",
        unit="pcs",
        unit_price_usd=27.0,
        yearly_quantity=40_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix", "malibu"),
        specs=(
            Spec(
                name=Tr("Tashqi shlitslar", "Наружные шлицы", "Outer splines"),
                values=("22", "22", "25", "22", "24"),
            ),
            Spec(
                name=Tr("Ichki shlitslar", "Внутренние шлицы", "Inner splines"),
                values=("22", "22", "27", "20", "24"),
            ),
            Spec(Tr("Sharnir turi", "Тип шарнира", "Joint type"), ("Rzeppa",)),
        ),
        materials=(
            Tr("Oʻrtacha uglerodli poʻlat", "Среднеуглеродистая сталь", "Medium-carbon steel"),
            Tr("Podshipnik poʻlati", "Подшипниковая сталь", "Bearing steel"),
            Tr("Termoelastoplast", "Термоэластопласт", "Thermoplastic elastomer"),
        ),
        processes=(
            Tr("Aniq shtamplash", "Точная штамповка", "Precision forging"),
            Tr("Induksion toblash", "Индукционная закалка", "Induction hardening"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("forging", "machining", "heat_treatment", "rubber"),
        countries=("KR", "CN", "JP"),
        variants=5,
    ),
    PartType(
        key="propeller_shaft",
        category="transmission",
        kind="component",
        name=Tr(
            uz="Yuk avtomobili kardan vali",
            ru="Карданный вал грузового автомобиля",
            en="Truck propeller shaft",
        ),
        description=Tr(
            uz=(
                "MAN va Isuzu yuk mashinalari hamda avtobuslari uchun krestovinali ikki seksiyali "
                "kardan vali. Mahalliy zavodga payvand poʻlat quvur, bolgʻalangan vilkalar, ignali "
                "podshipnikli krestovinalar, konduktorda MIG payvandlash va dinamik muvozanatlash "
                "kerak boʻladi."
            ),
            ru=(
                "Двухсекционный карданный вал с крестовинами для грузовиков и автобусов MAN и "
                "Isuzu. Местному заводу понадобятся сварная стальная труба, кованые вилки, "
                "крестовины с игольчатыми подшипниками, сварка MIG в кондукторе и динамическая "
                "балансировка."
            ),
            en=(
                "Two-section propeller shaft with universal joints for MAN and Isuzu trucks and "
                "buses. A local plant needs welded steel tube, forged yokes, cross kits with "
                "needle bearings, jig welding by MIG and dynamic balancing."
            ),
        ),
        hs_code="8483109500",
        art="drive_shaft",
        unit="pcs",
        unit_price_usd=340.0,
        yearly_quantity=2500,
        vehicles=("man_tgs", "man_tgm", "man_cla", "isuzu_nqr90"),
        specs=(
            Spec(Tr("Uzunligi", "Длина", "Length"), ("1560 mm", "1250 mm", "1840 mm", "1380 mm")),
            Spec(
                name=Tr("Quvur diametri", "Диаметр трубы", "Tube diameter"),
                values=("Ø 120 mm", "Ø 100 mm", "Ø 110 mm", "Ø 90 mm"),
            ),
            Spec(
                name=Tr(
                    uz="Eng katta burovchi moment",
                    ru="Максимальный крутящий момент",
                    en="Maximum torque",
                ),
                values=("24 kN·m", "14 kN·m", "18 kN·m", "8 kN·m"),
            ),
        ),
        materials=(
            Tr("Payvand poʻlat quvur", "Сварная стальная труба", "Welded steel tube"),
            Tr("Bolgʻalangan poʻlat vilkalar", "Кованые стальные вилки", "Forged steel yokes"),
            Tr("Ignali podshipniklar", "Игольчатые подшипники", "Needle bearings"),
        ),
        processes=(
            Tr("Bolgʻalash", "Ковка", "Forging"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr("Payvandlash", "Сварка", "Welding"),
            Tr("Dinamik muvozanatlash", "Динамическая балансировка", "Dynamic balancing"),
        ),
        capabilities=("forging", "welding", "machining", "assembly"),
        countries=("DE", "PL", "TR"),
        variants=4,
    ),
    # -------------------- chassis
    PartType(
        key="shock_absorber",
        category="chassis",
        kind="component",
        name=Tr("Osma amortizatori", "Амортизатор подвески", "Suspension shock absorber"),
        description=Tr(
            uz=(
                "Yengil avtomobillar va kichik yuk mashinalari uchun gidravlik ikki quvurli "
                "amortizator yoki McPherson tayanchi. Mahalliylashtirish uchun aniq choʻzilgan "
                "quvurlar, xromlangan shtoklar, klapan disklarini shtamplash, moy quyish va "
                "payvandlash hamda resurs sinovi stendi kerak."
            ),
            ru=(
                "Гидравлический двухтрубный амортизатор или стойка McPherson для легковых "
                "автомобилей и лёгких грузовиков. Для локализации нужны прецизионные тянутые "
                "трубы, хромированные штоки, штамповка клапанных дисков, заправка маслом и сварка, "
                "а также стенд ресурсных испытаний."
            ),
            en=(
                "Hydraulic twin-tube shock absorber or McPherson strut for cars and light trucks. "
                "Localisation needs precision drawn tubes, chrome-plated piston rods, stamping of "
                "valve discs, oil filling and welding, plus an endurance test rig."
            ),
        ),
        hs_code="8708803509",
        art="shock_absorber",
        unit="pcs",
        unit_price_usd=26.0,
        yearly_quantity=45_000,
        vehicles=(
            "cobalt",
            "nexia",
            "spark",
            "damas",
            "isuzu_npr82",
            "gentra",
            "tracker",
            "onix",
            "labo",
        ),
        specs=(
            Spec(
                name=Tr("Shtok diametri", "Диаметр штока", "Rod diameter"),
                values=("Ø 22 mm", "Ø 20 mm", "Ø 20 mm", "Ø 12.5 mm", "Ø 20 mm"),
            ),
            Spec(
                name=Tr("Korpus diametri", "Диаметр корпуса", "Body diameter"),
                values=("Ø 51 mm", "Ø 51 mm", "Ø 48 mm", "Ø 45 mm", "Ø 63 mm"),
            ),
            Spec(Tr("Yurish", "Ход", "Stroke"), ("155 mm", "155 mm", "150 mm", "170 mm", "210 mm")),
        ),
        materials=(
            Tr(
                uz="Aniq choʻzilgan poʻlat quvur",
                ru="Прецизионная тянутая труба",
                en="Precision drawn steel tube",
            ),
            Tr("Xromlangan shtok", "Хромированный шток", "Chrome-plated rod"),
            Tr("Amortizator moyi", "Амортизаторное масло", "Damper oil"),
        ),
        processes=(
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr("Payvandlash", "Сварка", "Welding"),
            Tr("Xromlash", "Хромирование", "Chrome plating"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("machining", "welding", "stamping", "assembly"),
        countries=("KR", "CN", "TR", "JP"),
        variants=5,
    ),
    PartType(
        key="coil_spring",
        category="chassis",
        kind="component",
        name=Tr("Osma prujinasi", "Пружина подвески", "Suspension coil spring"),
        description=Tr(
            uz=(
                "Kremniy-xromli prujina poʻlatidan tayyorlangan oldingi yoki orqa osma prujinasi. "
                "Ishlab chiqarishda sovuq yoki issiq holda oʻrash, toblash va boʻshatish, pitra "
                "bilan puxtalash, siqib qoʻyish va epoksid kukunli boʻyash qoʻllaniladi; shu "
                "liniya ehtiyot qismlar bozoriga ham ishlay oladi."
            ),
            ru=(
                "Витая пружина передней или задней подвески из кремнехромистой пружинной стали. В "
                "производстве применяются холодная или горячая навивка, закалка с отпуском, "
                "дробеупрочнение, заневоливание и порошковая эпоксидная окраска; та же линия может "
                "работать и на вторичный рынок."
            ),
            en=(
                "Front or rear suspension coil spring made of silicon-chromium spring steel. "
                "Production uses cold or hot coiling, quenching and tempering, shot peening, "
                "pre-setting and epoxy powder coating; the same line can also serve the "
                "aftermarket."
            ),
        ),
        hs_code="7320208109",
        art="coil_spring",
        unit="pcs",
        unit_price_usd=10.0,
        yearly_quantity=60_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix", "malibu"),
        specs=(
            Spec(
                name=Tr("Sim diametri", "Диаметр прутка", "Wire diameter"),
                values=("Ø 12.0 mm", "Ø 11.8 mm", "Ø 12.5 mm", "Ø 11.0 mm", "Ø 13.0 mm"),
            ),
            Spec(
                name=Tr("Erkin holdagi balandligi", "Высота в свободном состоянии", "Free length"),
                values=("365 mm", "350 mm", "390 mm", "330 mm", "380 mm"),
            ),
            Spec(
                name=Tr("Poʻlat markasi", "Марка стали", "Steel grade"),
                values=("54SiCr6", "54SiCr6", "55Cr3", "54SiCr6", "SAE 9254"),
            ),
            Spec(Tr("Qoplama", "Покрытие", "Coating"), ("ZnPh + EP",)),
        ),
        materials=(
            Tr(
                uz="Kremniy-xromli prujina poʻlati",
                ru="Кремнехромистая пружинная сталь",
                en="Silicon-chromium spring steel",
            ),
            Tr("Epoksid kukun boʻyoq", "Эпоксидная порошковая краска", "Epoxy powder paint"),
        ),
        processes=(
            Tr("Prujina oʻrash", "Навивка пружин", "Spring coiling"),
            Tr("Termik ishlov berish", "Термообработка", "Heat treatment"),
            Tr("Pitra bilan puxtalash", "Дробеупрочнение", "Shot peening"),
            Tr("Kukunli boʻyash", "Порошковая окраска", "Powder coating"),
        ),
        capabilities=("springs", "heat_treatment", "painting"),
        countries=("KR", "DE", "CN", "TR"),
        variants=5,
    ),
    PartType(
        key="leaf_spring",
        category="chassis",
        kind="component",
        name=Tr("Koʻp listli ressora", "Многолистовая рессора", "Multi-leaf spring"),
        description=Tr(
            uz=(
                "Labo, Isuzu va MAN avtomobillarining orqa koʻpriklari uchun ressora. U issiq "
                "holda prokatlangan yassi prujina poʻlatidan kesish, quloqlarini oʻrash, egish, "
                "toblash va boʻshatish, kuchlanish ostida pitra bilan puxtalash va yigʻish orqali "
                "tayyorlanadi; bunday liniyani mahalliy temirchilik sexlari tashkil eta oladi."
            ),
            ru=(
                "Рессора задних мостов автомобилей Labo, Isuzu и MAN. Изготавливается из "
                "горячекатаной полосовой рессорно-пружинной стали: резка, завивка ушков, гибка, "
                "закалка с отпуском, дробеупрочнение под напряжением и сборка; такую линию вполне "
                "по силам организовать местным кузнечным цехам."
            ),
            en=(
                "Leaf spring for the rear axles of Labo, Isuzu and MAN vehicles. It is made from "
                "hot-rolled flat spring steel by cutting, eye rolling, cambering, quenching and "
                "tempering, stress peening and assembly, a line that local forge shops can "
                "realistically set up."
            ),
        ),
        hs_code="7320109000",
        art="leaf_spring",
        unit="pcs",
        unit_price_usd=150.0,
        yearly_quantity=8000,
        vehicles=("labo", "isuzu_npr82", "isuzu_nqr90", "isuzu_citibus", "man_tgs", "man_tgm"),
        specs=(
            Spec(
                name=Tr("Listlar soni", "Число листов", "Number of leaves"),
                values=("3", "7", "9", "9", "11", "8"),
            ),
            Spec(
                name=Tr("List kesimi", "Сечение листа", "Leaf section"),
                values=("60×7 mm", "70×11 mm", "75×13 mm", "75×13 mm", "90×16 mm", "90×14 mm"),
            ),
            Spec(
                name=Tr("Uzunligi", "Длина", "Length"),
                values=("1100 mm", "1250 mm", "1400 mm", "1400 mm", "1650 mm", "1540 mm"),
            ),
            Spec(
                name=Tr("Poʻlat markasi", "Марка стали", "Steel grade"),
                values=("60Si2Mn", "60Si2Mn", "60Si2Mn", "51CrV4", "51CrV4", "51CrV4"),
            ),
        ),
        materials=(
            Tr("Yassi prujina poʻlati", "Полосовая рессорно-пружинная сталь", "Flat spring steel"),
            Tr("Rezina-metall vtulkalar", "Резинометаллические втулки", "Rubber-metal bushings"),
        ),
        processes=(
            Tr("Quloqlarni oʻrash va egish", "Завивка ушков и гибка", "Eye rolling and cambering"),
            Tr("Termik ishlov berish", "Термообработка", "Heat treatment"),
            Tr("Pitra bilan puxtalash", "Дробеупрочнение", "Shot peening"),
            Tr("Boʻyash", "Окраска", "Painting"),
        ),
        capabilities=("springs", "forging", "heat_treatment", "painting"),
        countries=("RU", "TR", "CN", "DE"),
        variants=6,
    ),
    PartType(
        key="stabiliser_link",
        category="chassis",
        kind="component",
        name=Tr("Stabilizator tortqisi", "Стойка стабилизатора", "Stabiliser link"),
        description=Tr(
            uz=(
                "Ikkita sharli sharnirga ega koʻndalang turgʻunlik stabilizatori tortqisi; tez "
                "yeyiladigan va koʻp sotiladigan detal. U poʻlat yoki shisha tolali poliamid "
                "korpus, sovuq holda choʻktirilgan sharli barmoqlar, quyma plastik vkladishlar va "
                "rezina gʻiloflardan iborat boʻlib, metall va plastmassaga ishlov beradigan oʻrta "
                "korxonaga mos keladi."
            ),
            ru=(
                "Стойка стабилизатора поперечной устойчивости с двумя шаровыми шарнирами, массовая "
                "быстроизнашивающаяся деталь. Она состоит из стального или стеклонаполненного "
                "полиамидного корпуса, высаженных шаровых пальцев, литых пластиковых вкладышей и "
                "резиновых пыльников, что подходит среднему предприятию металло- и "
                "пластмассообработки."
            ),
            en=(
                "Anti-roll bar link with two ball joints, a high-volume wear part. It consists of "
                "a steel or glass-filled polyamide body, cold-headed ball pins, moulded plastic "
                "bearing seats and rubber boots, which suits a mid-size metal and plastics plant."
            ),
        ),
        hs_code="8708809909",
        art="drive_shaft",
        unit="pcs",
        unit_price_usd=4.5,
        yearly_quantity=80_000,
        vehicles=("cobalt", "nexia", "gentra", "tracker", "onix", "malibu"),
        specs=(
            Spec(Tr("Uzunligi", "Длина", "Length"), ("265 mm", "255 mm", "290 mm", "300 mm")),
            Spec(
                name=Tr("Korpus materiali", "Материал корпуса", "Body material"),
                values=("S235", "S235", "PA66-GF30", "PA66-GF30"),
            ),
            Spec(Tr("Rezba", "Резьба", "Thread"), ("M10×1.25",)),
        ),
        materials=(
            Tr(
                uz="Shisha tolali poliamid PA66",
                ru="Стеклонаполненный полиамид PA66",
                en="Glass-filled polyamide PA66",
            ),
            Tr("Sovuq choʻktiriladigan poʻlat", "Сталь для холодной высадки", "Cold-heading steel"),
            Tr("POM vkladishlar", "Вкладыши из POM", "POM bearing seats"),
            Tr("EPDM rezina", "Резина EPDM", "EPDM rubber"),
        ),
        processes=(
            Tr("Sovuq choʻktirish", "Холодная высадка", "Cold heading"),
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("fasteners", "plastic_injection", "rubber", "machining"),
        countries=("CN", "KR", "TR"),
        variants=4,
    ),
    PartType(
        key="control_arm",
        category="chassis",
        kind="component",
        name=Tr("Oldingi osma richagi", "Рычаг передней подвески", "Front control arm"),
        description=Tr(
            uz=(
                "McPherson tipidagi oldingi osma uchun rezina-metall vtulkalari va sharli tayanchi "
                "boʻlgan shtamplab payvandlangan pastki richag. Mahalliy yetkazib beruvchiga "
                "yuqori mustahkam poʻlat uchun kuchli press liniyasi, robotlashtirilgan "
                "payvandlash, kataforez qoplash va vtulkalarda rezinani metallga "
                "vulkanizatsiyalash kerak."
            ),
            ru=(
                "Штампосварной нижний рычаг передней подвески McPherson с сайлентблоками и шаровой "
                "опорой. Местному поставщику нужны мощная прессовая линия для высокопрочной стали, "
                "роботизированная сварка, катафорезное грунтование и привулканизация резины к "
                "металлу в сайлентблоках."
            ),
            en=(
                "Stamped and welded lower control arm with rubber bushings and a ball joint for "
                "McPherson front suspension. A local supplier needs a heavy press line for "
                "high-strength steel, robotic welding, cathodic e-coating and rubber-to-metal "
                "bonding of the bushings."
            ),
        ),
        hs_code="8708809109",
        art="body_panel",
        unit="pcs",
        unit_price_usd=22.0,
        yearly_quantity=40_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix"),
        specs=(
            Spec(
                name=Tr("Metall qalinligi", "Толщина металла", "Sheet thickness"),
                values=("3.5 mm", "3.5 mm", "4.0 mm", "3.0 mm"),
            ),
            Spec(
                name=Tr("Poʻlat markasi", "Марка стали", "Steel grade"),
                values=("S420MC", "S420MC", "SPFH590", "S355MC"),
            ),
            Spec(
                name=Tr("Sharli tayanch barmogʻi", "Палец шаровой опоры", "Ball joint pin"),
                values=("Ø 18 mm", "Ø 18 mm", "Ø 20 mm", "Ø 16 mm"),
            ),
        ),
        materials=(
            Tr("Issiq prokatlangan poʻlat", "Горячекатаная сталь", "Hot-rolled steel"),
            Tr("EPDM rezina", "Резина EPDM", "EPDM rubber"),
            Tr("Kataforez grunt", "Катафорезный грунт", "Cathodic e-coat"),
        ),
        processes=(
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr(
                uz="Robotlashtirilgan MIG payvandlash",
                ru="Роботизированная сварка MIG",
                en="Robotic MIG welding",
            ),
            Tr("Kataforez qoplash", "Катафорезное грунтование", "Cathodic e-coating"),
            Tr(
                uz="Rezinani metallga vulkanizatsiyalash",
                ru="Привулканизация резины к металлу",
                en="Rubber-to-metal bonding",
            ),
        ),
        capabilities=("stamping", "welding", "painting", "rubber"),
        countries=("KR", "CN", "TR"),
        variants=4,
    ),
    PartType(
        key="hub_bearing",
        category="chassis",
        kind="component",
        name=Tr("Gʻildirak gupchagi podshipnigi", "Подшипник ступицы колеса", "Wheel hub bearing"),
        description=Tr(
            uz=(
                "Yengil avtomobil gʻildiraklari uchun ikki qatorli radial-tirak sharikli "
                "podshipnik yoki gupchak uzeli. Bu murakkab mahsulot: podshipnik poʻlatidan "
                "halqalar yoʻniladi, toblanadi, superfinishlanadi va zichlagichlar hamda moy bilan "
                "toza xonada yigʻiladi, shuning uchun odatda taniqli podshipnik ishlab "
                "chiqaruvchisi bilan hamkorlikda mahalliylashtiriladi."
            ),
            ru=(
                "Двухрядный радиально-упорный шариковый подшипник или ступичный узел для колёс "
                "легковых автомобилей. Изделие сложное: кольца из подшипниковой стали точат, "
                "закаливают, суперфинишируют и собирают в чистом помещении с уплотнениями и "
                "смазкой, поэтому обычно локализацию ведут в партнёрстве с известным "
                "производителем подшипников."
            ),
            en=(
                "Double-row angular contact ball bearing or hub unit for car wheels. It is a "
                "demanding product: bearing steel rings are turned, hardened, superfinished and "
                "assembled in a clean room with seals and grease, so localisation usually goes "
                "through a partnership with an established bearing maker."
            ),
        ),
        hs_code="8482109009",
        art="bearing",
        unit="pcs",
        unit_price_usd=15.0,
        yearly_quantity=60_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "damas", "labo", "onix"),
        specs=(
            Spec(
                name=Tr("Oʻlchamlari", "Размеры", "Dimensions"),
                values=("39×72×37 mm", "39×74×39 mm", "42×80×42 mm", "35×64×37 mm", "Ø 84×62 mm"),
            ),
            Spec(
                name=Tr("Avlodi", "Поколение", "Generation"),
                values=("Gen 1", "Gen 1", "Gen 1", "Gen 1", "Gen 3"),
            ),
            Spec(
                name=Tr("ABS enkoderi qutblari", "Полюса энкодера ABS", "ABS encoder poles"),
                values=("—", "—", "48", "—", "48"),
            ),
        ),
        materials=(
            Tr("Podshipnik poʻlati", "Подшипниковая сталь", "Bearing steel"),
            Tr("Plastik separator", "Пластиковый сепаратор", "Polymer cage"),
            Tr("Plastik moy", "Пластичная смазка", "Grease"),
        ),
        processes=(
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr("Toblash", "Закалка", "Hardening"),
            Tr("Superfinishlash", "Суперфиниширование", "Superfinishing"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("machining", "heat_treatment", "forging", "assembly"),
        countries=("CN", "KR", "JP"),
        variants=5,
    ),
    PartType(
        key="wheel_rim",
        category="chassis",
        kind="component",
        name=Tr("Poʻlat gʻildirak gardishi", "Стальной колёсный диск", "Steel wheel rim"),
        description=Tr(
            uz=(
                "Yengil avtomobillar, kichik va ogʻir yuk mashinalari uchun shtamplab "
                "payvandlangan poʻlat gʻildirak gardishi. Mahalliy gʻildirak liniyasi uchun "
                "gardish profilini prokatlash va uchma-uch payvandlash, diskni shtamplash, gardish "
                "bilan diskni payvandlash, charchoqqa sinash hamda kukunli yoki kataforez boʻyash "
                "kerak; asosiy xomashyo issiq holda prokatlangan poʻlat."
            ),
            ru=(
                "Штампосварной стальной колёсный диск для легковых автомобилей, лёгких и тяжёлых "
                "грузовиков. Для местной колёсной линии нужны профилирование и стыковая сварка "
                "обода, штамповка диска, сварка обода с диском, усталостные испытания и порошковая "
                "или катафорезная окраска; основное сырьё — горячекатаная сталь."
            ),
            en=(
                "Stamped and welded steel road wheel for cars, light trucks and heavy trucks. A "
                "local wheel line needs rim profiling and flash-butt welding, disc stamping, "
                "rim-to-disc welding, fatigue testing and powder or e-coat painting, all based on "
                "hot-rolled steel."
            ),
        ),
        hs_code="8708705009",
        art="wheel_rim",
        unit="pcs",
        unit_price_usd=45.0,
        yearly_quantity=30_000,
        vehicles=("cobalt", "nexia", "spark", "damas", "isuzu_npr82", "man_tgs", "gentra", "labo"),
        specs=(
            Spec(
                name=Tr("Oʻlchami", "Размер", "Size"),
                values=("6J×15", "5.5J×14", "4.5J×14", "4J×12", "5.5J×16", "9.00×22.5"),
            ),
            Spec(
                name=Tr("Mahkamlash (PCD)", "Крепление (PCD)", "Bolt pattern (PCD)"),
                values=("4×100", "4×100", "4×100", "4×114.3", "6×222.25", "10×335"),
            ),
            Spec(
                name=Tr("Ruxsat etilgan yuk", "Допустимая нагрузка", "Load rating"),
                values=("580 kg", "530 kg", "450 kg", "400 kg", "1450 kg", "4000 kg"),
            ),
        ),
        materials=(
            Tr("Issiq prokatlangan poʻlat", "Горячекатаная сталь", "Hot-rolled steel"),
            Tr("Kukun boʻyoq", "Порошковая краска", "Powder paint"),
        ),
        processes=(
            Tr("Gardish profilini prokatlash", "Профилирование обода", "Rim profiling"),
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr("Payvandlash", "Сварка", "Welding"),
            Tr("Boʻyash", "Окраска", "Painting"),
        ),
        capabilities=("stamping", "welding", "painting"),
        countries=("CN", "TR", "KR", "IN"),
        variants=6,
    ),
    # -------------------- brakes
    PartType(
        key="brake_pads_front",
        category="brakes",
        kind="component",
        name=Tr(
            uz="Oldingi tormoz kolodkalari toʻplami",
            ru="Комплект передних тормозных колодок",
            en="Front brake pad set",
        ),
        description=Tr(
            uz=(
                "Oʻzbekistonda yigʻiladigan modellarning oldingi oʻqi uchun toʻrtta diskli tormoz "
                "kolodkasidan iborat toʻplam. Ishlab chiqarish uchun friksion massani "
                "aralashtirish, uni shtamplangan poʻlat asoslarga issiq holda presslash, termik "
                "ishlov berish, jilvirlash, boʻyash va BMTning 90-sonli qoidasi boʻyicha sinovlar "
                "kerak; bu katalogdagi eng yirik hajmli pozitsiyalardan biri."
            ),
            ru=(
                "Комплект из четырёх дисковых тормозных колодок передней оси для моделей, "
                "собираемых в Узбекистане. Для производства нужны смешивание фрикционной массы, "
                "горячее прессование на штампованные стальные основания, термообработка, "
                "шлифование, окраска и испытания по Правилам ООН № 90; это одна из самых объёмных "
                "позиций каталога."
            ),
            en=(
                "Set of four disc brake pads for the front axle of the models assembled in "
                "Uzbekistan. Production needs mixing of the friction compound, hot pressing onto "
                "stamped steel backplates, post-curing, grinding, painting and testing to UN "
                "Regulation No. 90; it is one of the largest volume items in the catalogue."
            ),
        ),
        hs_code="8708309109",
        art="brake_pad",
        unit="set",
        unit_price_usd=10.5,
        yearly_quantity=70_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "damas", "tracker", "onix", "malibu"),
        specs=(
            Spec(
                name=Tr("Qalinligi", "Толщина", "Thickness"),
                values=("17.5 mm", "17.5 mm", "17.0 mm", "15.5 mm", "14.0 mm", "18.0 mm"),
            ),
            Spec(
                name=Tr("Eni", "Ширина", "Width"),
                values=("131.8 mm", "131.8 mm", "137.5 mm", "116.4 mm", "107.0 mm", "151.3 mm"),
            ),
            Spec(
                name=Tr(
                    uz="Ishqalanish sinfi (SAE J866)",
                    ru="Класс трения (SAE J866)",
                    en="Friction class (SAE J866)",
                ),
                values=("FF",),
            ),
            Spec(Tr("Muvofiqlik", "Соответствие", "Compliance"), ("UN R90",)),
        ),
        materials=(
            Tr(
                uz="Friksion massa (asbestsiz)",
                ru="Фрикционная масса (безасбестовая)",
                en="Friction compound (asbestos-free)",
            ),
            Tr("Poʻlat list", "Стальной лист", "Steel sheet"),
            Tr("Shovqin soʻndiruvchi plastina", "Противошумная пластина", "Anti-noise shim"),
        ),
        processes=(
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Issiq holda presslash", "Горячее прессование", "Hot pressing"),
            Tr("Termik ishlov berish", "Термообработка", "Heat treatment"),
            Tr("Jilvirlash va boʻyash", "Шлифование и окраска", "Grinding and painting"),
        ),
        capabilities=("powder_metallurgy", "stamping", "chemicals", "painting"),
        countries=("KR", "CN", "TR", "DE"),
        variants=6,
    ),
    PartType(
        key="brake_disc",
        category="brakes",
        kind="component",
        name=Tr("Tormoz diski", "Тормозной диск", "Brake disc"),
        description=Tr(
            uz=(
                "Oldingi oʻq uchun kulrang choʻyandan tayyorlangan ventilyatsiyalanadigan tormoz "
                "diski. Bu mahalliy quyish sexi uchun tabiiy mahsulot: yuqori uglerodli kulrang "
                "choʻyanni qum qoliplarga quyish, CNC dastgohlarida yoʻnish va parmalash, "
                "muvozanatlash hamda korroziyaga qarshi qoplama."
            ),
            ru=(
                "Вентилируемый тормозной диск передней оси из серого чугуна. Это естественный "
                "продукт для местной литейки: литьё высокоуглеродистого серого чугуна в песчаные "
                "формы, токарная обработка и сверление на станках с ЧПУ, балансировка и "
                "антикоррозионное покрытие."
            ),
            en=(
                "Ventilated grey cast iron brake disc for the front axle. It is a natural product "
                "for a local foundry: sand moulding of high-carbon grey iron, CNC turning and "
                "drilling, balancing and an anti-corrosion coating."
            ),
        ),
        hs_code="8708309909",
        art="brake_disc",
        unit="pcs",
        unit_price_usd=17.0,
        yearly_quantity=50_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix", "malibu"),
        specs=(
            Spec(
                name=Tr("Diametri", "Диаметр", "Diameter"),
                values=("Ø 256 mm", "Ø 256 mm", "Ø 256 mm", "Ø 236 mm", "Ø 276 mm"),
            ),
            Spec(
                name=Tr("Qalinligi", "Толщина", "Thickness"),
                values=("24 mm", "24 mm", "26 mm", "20 mm", "26 mm"),
            ),
            Spec(
                name=Tr("Choʻyan markasi", "Марка чугуна", "Iron grade"),
                values=("GG20", "GG20", "GG25 HC", "GG20", "GG25 HC"),
            ),
        ),
        materials=(
            Tr("Kulrang choʻyan", "Серый чугун", "Grey cast iron"),
            Tr("Quyish qumi va bogʻlovchilar", "Формовочная смесь", "Moulding sand and binders"),
        ),
        processes=(
            Tr("Kulrang choʻyanni quyish", "Литьё серого чугуна", "Grey iron casting"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr("Muvozanatlash", "Балансировка", "Balancing"),
            Tr("Korroziyaga qarshi qoplash", "Антикоррозионное покрытие", "Anti-corrosion coating"),
        ),
        capabilities=("casting", "machining", "painting"),
        countries=("CN", "KR", "TR", "IN"),
        variants=5,
    ),
    PartType(
        key="brake_drum",
        category="brakes",
        kind="component",
        name=Tr("Tormoz barabani", "Тормозной барабан", "Brake drum"),
        description=Tr(
            uz=(
                "Yengil avtomobillarning orqa oʻqi hamda Isuzu va MAN yuk mashinalari uchun "
                "kulrang choʻyandan tayyorlangan tormoz barabani. Buning uchun sterjen tayyorlash "
                "va qolipga quyish imkoniyati boʻlgan quyish sexi, CNC dastgohlarida ogʻir yoʻnish "
                "ishlovi va muvozanatlash kerak; yuk mashinalari oʻlchamlari alohida liniya "
                "ochishni oqlaydi."
            ),
            ru=(
                "Тормозной барабан из серого чугуна для задней оси легковых автомобилей и для "
                "грузовиков Isuzu и MAN. Нужны литейный цех с изготовлением стержней и формовкой, "
                "тяжёлая токарная обработка на ЧПУ и балансировка; грузовые типоразмеры "
                "оправдывают отдельную линию."
            ),
            en=(
                "Grey cast iron brake drum for the rear axle of cars and for Isuzu and MAN trucks. "
                "It needs a foundry with core making and sand moulding, heavy CNC turning and "
                "balancing; the truck sizes justify a dedicated line."
            ),
        ),
        hs_code="8708309909",
        art="brake_drum",
        unit="pcs",
        unit_price_usd=30.0,
        yearly_quantity=25_000,
        vehicles=("cobalt", "spark", "damas", "isuzu_npr82", "man_tgs", "nexia", "labo", "man_cla"),
        specs=(
            Spec(
                name=Tr("Ishchi diametri", "Рабочий диаметр", "Braking diameter"),
                values=("Ø 200 mm", "Ø 180 mm", "Ø 180 mm", "Ø 320 mm", "Ø 410 mm"),
            ),
            Spec(
                name=Tr("Ishchi eni", "Рабочая ширина", "Braking width"),
                values=("40 mm", "30 mm", "30 mm", "100 mm", "180 mm"),
            ),
            Spec(
                name=Tr("Massasi", "Масса", "Weight"),
                values=("4.9 kg", "3.6 kg", "3.4 kg", "21 kg", "48 kg"),
            ),
        ),
        materials=(
            Tr("Kulrang choʻyan", "Серый чугун", "Grey cast iron"),
            Tr("Quyish qumi va bogʻlovchilar", "Формовочная смесь", "Moulding sand and binders"),
        ),
        processes=(
            Tr("Sterjen tayyorlash", "Изготовление стержней", "Core making"),
            Tr("Kulrang choʻyanni quyish", "Литьё серого чугуна", "Grey iron casting"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr("Muvozanatlash", "Балансировка", "Balancing"),
        ),
        capabilities=("casting", "machining"),
        countries=("CN", "TR", "DE", "IN"),
        variants=5,
    ),
    PartType(
        key="brake_shoes",
        category="brakes",
        kind="component",
        name=Tr(
            uz="Orqa barabanli tormoz kolodkalari",
            ru="Колодки задних барабанных тормозов",
            en="Rear drum brake shoe set",
        ),
        description=Tr(
            uz=(
                "Chevrolet avtomobillari va Damas/Labo orqa barabanli tormozlari uchun friksion "
                "qoplamasi yopishtirilgan kolodkalar toʻplami. Poʻlat kolodka shtamplanib "
                "payvandlanadi, qoplama friksion massadan qoliplanadi va qizdirib bosim ostida "
                "yopishtiriladi; aralashtirish uskunalari diskli kolodkalar liniyasi bilan umumiy."
            ),
            ru=(
                "Комплект колодок с приклеенными фрикционными накладками для задних барабанных "
                "тормозов автомобилей Chevrolet и Damas/Labo. Стальная колодка штампуется и "
                "сваривается, накладка формуется из фрикционной массы и приклеивается под нагревом "
                "и давлением; смесительное оборудование общее с линией дисковых колодок."
            ),
            en=(
                "Set of shoes with bonded friction linings for the rear drum brakes of Chevrolet "
                "cars and Damas/Labo. The steel shoe is stamped and welded, the lining is moulded "
                "from a friction compound and bonded under heat and pressure; the mixing equipment "
                "is shared with a disc pad line."
            ),
        ),
        hs_code="8708309109",
        art="brake_pad",
        unit="set",
        unit_price_usd=11.0,
        yearly_quantity=45_000,
        vehicles=("cobalt", "nexia", "spark", "damas", "labo"),
        specs=(
            Spec(
                name=Tr("Diametri", "Диаметр", "Diameter"),
                values=("Ø 200 mm", "Ø 200 mm", "Ø 180 mm", "Ø 180 mm"),
            ),
            Spec(
                name=Tr("Qoplama eni", "Ширина накладки", "Lining width"),
                values=("35 mm", "35 mm", "30 mm", "30 mm"),
            ),
            Spec(
                name=Tr("Qoplama qalinligi", "Толщина накладки", "Lining thickness"),
                values=("4.5 mm", "4.5 mm", "4.0 mm", "4.5 mm"),
            ),
        ),
        materials=(
            Tr(
                uz="Friksion massa (asbestsiz)",
                ru="Фрикционная масса (безасбестовая)",
                en="Friction compound (asbestos-free)",
            ),
            Tr("Poʻlat list", "Стальной лист", "Steel sheet"),
            Tr("Fenol-formaldegid yelim", "Фенолформальдегидный клей", "Phenolic adhesive"),
        ),
        processes=(
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr("Payvandlash", "Сварка", "Welding"),
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr(
                uz="Qizdirib presslash va yopishtirish",
                ru="Приклейка под нагревом и давлением",
                en="Hot press bonding",
            ),
        ),
        capabilities=("stamping", "welding", "chemicals", "powder_metallurgy"),
        countries=("CN", "KR", "TR"),
        variants=4,
    ),
    PartType(
        key="brake_caliper",
        category="brakes",
        kind="component",
        name=Tr("Tormoz supporti", "Тормозной суппорт", "Brake caliper"),
        description=Tr(
            uz=(
                "Oldingi diskli tormozning skoba, zichlagichlar va yoʻnaltiruvchi barmoqlarga ega "
                "suzuvchi bir porshenli supporti. Buning uchun yuqori mustahkam choʻyandan quyish, "
                "silindrga aniq ishlov berish, porshenni fosfatlash yoki rux-nikel bilan qoplash "
                "hamda har bir buyumni germetiklikka tekshirib yigʻish talab etiladi."
            ),
            ru=(
                "Плавающий однопоршневой суппорт переднего дискового тормоза со скобой, "
                "уплотнениями и направляющими пальцами. Требуются литьё из высокопрочного чугуна, "
                "точная обработка цилиндра, фосфатирование или цинк-никелевое покрытие поршня и "
                "сборка со стопроцентной проверкой герметичности."
            ),
            en=(
                "Floating single-piston caliper of the front disc brake, with bracket, seals and "
                "guide pins. It calls for ductile iron casting, precise machining of the bore, "
                "phosphating or zinc-nickel plating of the piston, and assembly with a leak test "
                "of every unit."
            ),
        ),
        hs_code="8708309909",
        art="brake_disc",
        unit="pcs",
        unit_price_usd=40.0,
        yearly_quantity=25_000,
        vehicles=("cobalt", "gentra", "tracker", "onix", "malibu", "nexia"),
        specs=(
            Spec(
                name=Tr("Porshen diametri", "Диаметр поршня", "Piston diameter"),
                values=("Ø 54 mm", "Ø 54 mm", "Ø 57 mm", "Ø 54 mm"),
            ),
            Spec(
                name=Tr("Disk qalinligi", "Толщина диска", "Disc thickness"),
                values=("24 mm", "26 mm", "26 mm", "24 mm"),
            ),
            Spec(Tr("Korpus materiali", "Материал корпуса", "Housing material"), ("EN-GJS-450",)),
        ),
        materials=(
            Tr("Yuqori mustahkam choʻyan", "Высокопрочный чугун", "Ductile cast iron"),
            Tr("EPDM zichlagichlar", "Уплотнения из EPDM", "EPDM seals"),
            Tr("Tormoz moyi (plastik)", "Смазка для тормозных механизмов", "Brake grease"),
        ),
        processes=(
            Tr("Quyish", "Литьё", "Casting"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr("Galvanik qoplash", "Гальваническое покрытие", "Electroplating"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("casting", "machining", "assembly", "rubber"),
        countries=("KR", "CN", "DE"),
        variants=4,
    ),
    PartType(
        key="brake_hose",
        category="brakes",
        kind="component",
        name=Tr("Tormoz shlangi", "Тормозной шланг", "Brake hose"),
        description=Tr(
            uz=(
                "Qattiq tormoz quvurini support yoki gʻildirak silindri bilan tutashtiruvchi, "
                "poʻlat uchliklari siqib mahkamlangan egiluvchan gidravlik shlang. Ishlab "
                "chiqarish uchun toʻqima bilan armaturalangan EPDM shlang, yoʻnib tayyorlangan va "
                "ruxlangan shtutserlar, siqish hamda SAE J1401 boʻyicha bosim va egilishga sinov "
                "kerak."
            ),
            ru=(
                "Гибкий гидравлический тормозной шланг с обжатыми стальными наконечниками, "
                "соединяющий жёсткую магистраль с суппортом или колёсным цилиндром. Для выпуска "
                "нужны армированный рукав из EPDM, точёные оцинкованные штуцеры, обжим и испытания "
                "на давление и изгиб по SAE J1401."
            ),
            en=(
                "Flexible hydraulic brake hose with crimped steel end fittings that connects the "
                "rigid brake line to the caliper or wheel cylinder. Local production needs braided "
                "EPDM hose, machined and plated fittings, crimping, and pressure and whip tests to "
                "SAE J1401."
            ),
        ),
        hs_code="4009420009",
        art="hose",
        unit="pcs",
        unit_price_usd=3.2,
        yearly_quantity=100_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "damas", "tracker", "onix"),
        specs=(
            Spec(
                name=Tr("Uzunligi", "Длина", "Length"),
                values=("345 mm", "345 mm", "420 mm", "290 mm", "480 mm"),
            ),
            Spec(
                name=Tr("Shtutser rezbasi", "Резьба штуцера", "Fitting thread"),
                values=("M10×1.0", "M10×1.0", "M10×1.25", "M10×1.0", "M10×1.0"),
            ),
            Spec(Tr("Portlash bosimi", "Давление разрыва", "Burst pressure"), ("≥ 70 MPa",)),
        ),
        materials=(
            Tr("EPDM rezina", "Резина EPDM", "EPDM rubber"),
            Tr(
                uz="Poliefir yoki viskoza toʻqima",
                ru="Полиэфирная или вискозная оплётка",
                en="Polyester or rayon braid",
            ),
            Tr("Avtomat poʻlati", "Автоматная сталь", "Free-cutting steel"),
        ),
        processes=(
            Tr("Shlang ekstruziyasi", "Экструзия рукава", "Hose extrusion"),
            Tr("Rezinani vulkanizatsiyalash", "Вулканизация резины", "Rubber vulcanisation"),
            Tr("Uchliklarni siqish", "Обжим наконечников", "Fitting crimping"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("rubber", "extrusion", "machining", "assembly"),
        countries=("KR", "JP", "CN"),
        variants=5,
    ),
    PartType(
        key="truck_brake_lining",
        category="brakes",
        kind="component",
        name=Tr(
            uz="Yuk avtomobili tormoz qoplamalari",
            ru="Тормозные накладки грузового автомобиля",
            en="Truck drum brake lining set",
        ),
        description=Tr(
            uz=(
                "MAN yuk mashinalari va Isuzu avtobuslarining barabanli tormozlari uchun "
                "parchinlanadigan friksion qoplamalar toʻplami (bitta oʻqqa). Qoplamalar asbestsiz "
                "massadan qoliplanadi, termik ishlanadi va baraban radiusi boʻyicha jilvirlanadi, "
                "parchin mixlar bilan birga yetkaziladi; tormoz kolodkalari zavodi bu turni kam "
                "qoʻshimcha jihozlar bilan oʻzlashtira oladi."
            ),
            ru=(
                "Комплект клёпаных фрикционных накладок для барабанных тормозов грузовиков MAN и "
                "автобусов Isuzu (на одну ось). Накладки формуются из безасбестовой массы, "
                "термообрабатываются и шлифуются по радиусу барабана, комплектуются заклёпками, "
                "поэтому завод тормозных колодок может освоить эту номенклатуру с небольшой "
                "дополнительной оснасткой."
            ),
            en=(
                "Riveted friction lining set for the drum brakes of MAN trucks and Isuzu buses "
                "(one axle). Linings are moulded from an asbestos-free compound, cured and ground "
                "to the drum radius and supplied with rivets, so a brake pad plant can add this "
                "range with little extra tooling."
            ),
        ),
        hs_code="6813810000",
        art="brake_pad",
        unit="set",
        unit_price_usd=48.0,
        yearly_quantity=10_000,
        vehicles=("man_tgs", "man_tgm", "isuzu_citibus", "man_cla", "isuzu_nqr90"),
        specs=(
            Spec(
                name=Tr("Baraban diametri", "Диаметр барабана", "Drum diameter"),
                values=("Ø 410 mm", "Ø 410 mm", "Ø 320 mm", "Ø 410 mm"),
            ),
            Spec(Tr("Eni", "Ширина", "Width"), ("180 mm", "160 mm", "100 mm", "220 mm")),
            Spec(Tr("Qalinligi", "Толщина", "Thickness"), ("19 mm", "19 mm", "16 mm", "19 mm")),
        ),
        materials=(
            Tr(
                uz="Friksion massa (asbestsiz)",
                ru="Фрикционная масса (безасбестовая)",
                en="Friction compound (asbestos-free)",
            ),
            Tr(
                uz="Mis yoki latun parchin mixlar",
                ru="Медные или латунные заклёпки",
                en="Copper or brass rivets",
            ),
        ),
        processes=(
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Issiq holda presslash", "Горячее прессование", "Hot pressing"),
            Tr("Termik ishlov berish", "Термообработка", "Heat treatment"),
            Tr("Radius boʻyicha jilvirlash", "Шлифование по радиусу", "Radius grinding"),
        ),
        capabilities=("powder_metallurgy", "chemicals", "machining"),
        countries=("DE", "TR", "CN", "RU"),
        variants=4,
    ),
    # -------------------- body
    PartType(
        key="bumper",
        category="body",
        kind="component",
        name=Tr("Bamper qoplamasi", "Облицовка бампера", "Bumper fascia"),
        description=Tr(
            uz=(
                "Talk bilan toʻldirilgan PP/EPDM dan bosim ostida quyilgan va kuzov rangiga "
                "boʻyalgan oldingi yoki orqa bamper qoplamasi. Buning uchun 2500-3000 t kuchli "
                "termoplastavtomat, yirik poʻlat press-qoliplar, sirtni olov yoki plazma bilan "
                "tayyorlash hamda boshqa yirik plastik detallarga ham yaraydigan boʻyash liniyasi "
                "kerak."
            ),
            ru=(
                "Передняя или задняя облицовка бампера, отлитая под давлением из наполненного "
                "тальком PP/EPDM и окрашенная в цвет кузова. Нужны термопластавтомат усилием "
                "2500-3000 т, крупные стальные пресс-формы, огневая или плазменная активация "
                "поверхности и окрасочная линия, пригодная и для других крупных пластиковых "
                "деталей."
            ),
            en=(
                "Front or rear bumper fascia injection-moulded from talc-filled PP/EPDM and "
                "painted in body colour. It needs a 2,500-3,000 t injection moulding machine, "
                "large steel moulds, flame or plasma surface activation and a paint line that also "
                "suits other large plastic parts."
            ),
        ),
        hs_code="8708109009",
        art="bumper",
        unit="pcs",
        unit_price_usd=62.0,
        yearly_quantity=35_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix", "malibu"),
        specs=(
            Spec(
                name=Tr("Materiali", "Материал", "Material"),
                values=(
                    "PP-EPDM-T20",
                    "PP-EPDM-T15",
                    "PP-EPDM-T20",
                    "PP-EPDM-T15",
                    "PP-EPDM-T20",
                    "PP-EPDM-T20",
                ),
            ),
            Spec(
                name=Tr("Devor qalinligi", "Толщина стенки", "Wall thickness"),
                values=("3.0 mm", "2.8 mm", "3.0 mm", "2.8 mm", "3.2 mm", "3.0 mm"),
            ),
            Spec(
                name=Tr("Massasi", "Масса", "Weight"),
                values=("4.2 kg", "4.0 kg", "4.4 kg", "3.2 kg", "4.8 kg", "4.5 kg"),
            ),
        ),
        materials=(
            Tr("Polipropilen kompaund", "Полипропиленовый компаунд", "Polypropylene compound"),
            Tr("Bazis emal va lak", "Базовая эмаль и лак", "Basecoat and clearcoat"),
        ),
        processes=(
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr(
                uz="Sirtni olov bilan faollashtirish",
                ru="Огневая активация поверхности",
                en="Flame treatment",
            ),
            Tr("Boʻyash", "Окраска", "Painting"),
        ),
        capabilities=("plastic_injection", "painting"),
        countries=("KR", "CN", "TR"),
        variants=6,
    ),
    PartType(
        key="door_outer_panel",
        category="body",
        kind="component",
        name=Tr("Eshik tashqi paneli", "Наружная панель двери", "Door outer panel"),
        description=Tr(
            uz=(
                "Pishirishda mustahkamlanadigan (BH) ruxlangan poʻlatdan shtamplangan yon "
                "eshikning tashqi paneli. Mahalliy ishlab chiqarish uchun taxminan 1000-1600 t "
                "kuchli tandem press liniyasi, A sinfidagi tashqi sirtlar uchun shtamplar, "
                "chetlarini bukish va geometriyani qatʼiy nazorat qilish kerak; poʻlat rulon "
                "hozircha import qilinadi."
            ),
            ru=(
                "Наружная панель боковой двери, отштампованная из оцинкованной стали с упрочнением "
                "при сушке (BH). Для выпуска нужны тандемная прессовая линия усилием около "
                "1000-1600 т, штампы для лицевых поверхностей класса A, завальцовка и строгий "
                "контроль геометрии; стальной рулон пока придётся импортировать."
            ),
            en=(
                "Outer skin of a side door stamped from galvanised bake-hardening steel. Local "
                "production requires a tandem press line of about 1,000-1,600 t, class A surface "
                "dies, hemming and strict dimensional control; the steel coil would still be "
                "imported."
            ),
        ),
        hs_code="8708291009",
        art="body_panel",
        unit="pcs",
        unit_price_usd=36.0,
        yearly_quantity=25_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "damas", "tracker"),
        specs=(
            Spec(
                name=Tr("Metall qalinligi", "Толщина металла", "Sheet thickness"),
                values=("0.70 mm", "0.70 mm", "0.75 mm", "0.65 mm", "0.70 mm"),
            ),
            Spec(
                name=Tr("Poʻlat markasi", "Марка стали", "Steel grade"),
                values=("HC180BD+Z", "DX54D+Z", "HC180BD+Z", "DX54D+Z", "DX54D+Z"),
            ),
            Spec(
                name=Tr("Zagotovka oʻlchami", "Размер заготовки", "Blank size"),
                values=("1180×760 mm", "1150×740 mm", "1200×780 mm", "1050×720 mm", "1100×900 mm"),
            ),
        ),
        materials=(
            Tr("Ruxlangan poʻlat list", "Оцинкованный стальной лист", "Galvanised steel sheet"),
        ),
        processes=(
            Tr(
                uz="Tandem press liniyasida shtamplash",
                ru="Штамповка на тандемной линии",
                en="Tandem line stamping",
            ),
            Tr("Chetlarini bukish", "Завальцовка", "Hemming"),
            Tr("Geometriyani oʻlchash", "Контроль геометрии", "Dimensional inspection"),
        ),
        capabilities=("stamping", "welding"),
        countries=("KR", "CN"),
        variants=5,
    ),
    PartType(
        key="bonnet",
        category="body",
        kind="component",
        name=Tr("Kapot", "Капот", "Bonnet"),
        description=Tr(
            uz=(
                "Kapot yigʻmasi: tashqi panel shtamplangan ichki karkas ustiga bukib mahkamlanadi "
                "va kataforez grunt bilan qoplangan holda yetkaziladi. Press sexidan tashqari "
                "konstruksion yelim bilan rolikli bukish, kuchaytirgichlarni nuqtali payvandlash "
                "va tashish paytida himoya qilish uchun kataforez liniyasi kerak."
            ),
            ru=(
                "Капот в сборе: наружная панель завальцована на штампованный внутренний каркас, "
                "деталь поставляется загрунтованной катафорезом. Помимо прессового цеха нужны "
                "роликовая завальцовка с конструкционным клеем, точечная сварка усилителей и линия "
                "катафорезного грунтования для защиты при перевозке."
            ),
            en=(
                "Bonnet assembly with the outer skin hemmed over a stamped inner frame, delivered "
                "e-coated. Besides a press shop it needs roller hemming with structural adhesive, "
                "spot welding of the reinforcements and an e-coat line to protect the part in "
                "transport."
            ),
        ),
        hs_code="8708291009",
        art="body_panel",
        unit="pcs",
        unit_price_usd=64.0,
        yearly_quantity=20_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix"),
        specs=(
            Spec(
                name=Tr(
                    uz="Tashqi panel qalinligi",
                    ru="Толщина наружной панели",
                    en="Outer panel thickness",
                ),
                values=("0.70 mm", "0.70 mm", "0.70 mm", "0.65 mm"),
            ),
            Spec(
                name=Tr(
                    uz="Ichki panel qalinligi",
                    ru="Толщина внутренней панели",
                    en="Inner panel thickness",
                ),
                values=("0.60 mm", "0.60 mm", "0.65 mm", "0.60 mm"),
            ),
            Spec(Tr("Massasi", "Масса", "Weight"), ("11.5 kg", "10.8 kg", "12.0 kg", "8.6 kg")),
        ),
        materials=(
            Tr("Ruxlangan poʻlat list", "Оцинкованный стальной лист", "Galvanised steel sheet"),
            Tr("Konstruksion yelim", "Конструкционный клей", "Structural adhesive"),
        ),
        processes=(
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr("Rolikli bukish", "Роликовая завальцовка", "Roller hemming"),
            Tr("Nuqtali payvandlash", "Точечная сварка", "Spot welding"),
            Tr("Kataforez qoplash", "Катафорезное грунтование", "Cathodic e-coating"),
        ),
        capabilities=("stamping", "welding", "painting"),
        countries=("KR", "CN"),
        variants=4,
    ),
    PartType(
        key="wheel_arch_liner",
        category="body",
        kind="component",
        name=Tr("Gʻildirak arkasi qoplamasi", "Подкрылок", "Wheel arch liner"),
        description=Tr(
            uz=(
                "Kuzovni toshlar, suv va loydan himoya qiluvchi oldingi gʻildirak arkasi "
                "qoplamasi. U HDPE listidan vakuumli shakllantirish yoki PET namatini presslash "
                "orqali tayyorlanadi, shuning uchun CNC frezasi yoki suv oqimi bilan kesish "
                "imkoniga ega kichik plastmassa yoki toʻqimachilik korxonasi uchun qulay birinchi "
                "mahsulot boʻla oladi."
            ),
            ru=(
                "Подкрылок переднего колеса, защищающий кузов от камней, воды и грязи. "
                "Изготавливается вакуумным формованием листа HDPE или прессованием нетканого "
                "полотна из ПЭТ, поэтому подходит как первый продукт для небольшого предприятия "
                "пластмасс или текстиля с обрезкой фрезой с ЧПУ или водной струёй."
            ),
            en=(
                "Front wheel arch liner that protects the body from stones, water and mud. It is "
                "vacuum-formed from HDPE sheet or compression-moulded from PET felt, so it is a "
                "realistic first product for a small plastics or textile plant with CNC router or "
                "water-jet trimming."
            ),
        ),
        hs_code="8708299009",
        art="body_panel",
        unit="pcs",
        unit_price_usd=4.8,
        yearly_quantity=80_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix"),
        specs=(
            Spec(Tr("Materiali", "Материал", "Material"), ("HDPE", "HDPE", "PP-T10", "PET")),
            Spec(Tr("Qalinligi", "Толщина", "Thickness"), ("2.0 mm", "2.0 mm", "2.5 mm", "3.0 mm")),
            Spec(Tr("Massasi", "Масса", "Weight"), ("0.9 kg", "0.85 kg", "1.0 kg", "0.8 kg")),
        ),
        materials=(
            Tr("HDPE listi", "Лист HDPE", "HDPE sheet"),
            Tr("PET namati", "Нетканое полотно из ПЭТ", "PET felt"),
        ),
        processes=(
            Tr("Vakuumli shakllantirish", "Вакуумное формование", "Vacuum forming"),
            Tr("Suv oqimi bilan kesish", "Гидроабразивная обрезка", "Water-jet trimming"),
        ),
        capabilities=("extrusion", "plastic_injection", "textiles"),
        countries=("KR", "CN", "TR"),
        variants=4,
    ),
    PartType(
        key="door_hinge",
        category="body",
        kind="component",
        name=Tr("Eshik sharniri", "Петля двери", "Door hinge"),
        description=Tr(
            uz=(
                "Shtamplangan yoki profildan kesib olingan ikkita poʻlat boʻgʻin va toblangan "
                "oʻqdan iborat yon eshikning yuqori yoki pastki sharniri. U aniq kesib olish yoki "
                "issiq prokatlangan profilni kesish, mexanik ishlov berish, oʻqni parchinlash va "
                "kataforez qoplash yoʻli bilan tayyorlanadi; har bir avtomobilda ular koʻp "
                "boʻlgani uchun hajmlar katta."
            ),
            ru=(
                "Верхняя или нижняя петля боковой двери из двух стальных звеньев, штампованных или "
                "нарезанных из профиля, и закалённой оси. Изготавливается чистовой вырубкой или "
                "резкой горячекатаного профиля, механообработкой, расклёпкой оси и катафорезным "
                "покрытием; объёмы велики, ведь на каждом автомобиле петель много."
            ),
            en=(
                "Upper or lower side-door hinge made of two stamped or profile-cut steel leaves "
                "and a hardened pin. It is produced by fine blanking or cutting of hot-rolled "
                "profile, machining, pin riveting and e-coating; volumes are high because every "
                "car has several of them."
            ),
        ),
        hs_code="8302300009",
        art="bolt",
        unit="pcs",
        unit_price_usd=3.1,
        yearly_quantity=150_000,
        vehicles=("cobalt", "gentra", "spark", "damas", "labo", "nexia"),
        specs=(
            Spec(Tr("Qalinligi", "Толщина", "Thickness"), ("4.0 mm", "4.5 mm", "4.0 mm", "5.0 mm")),
            Spec(
                name=Tr("Oʻq diametri", "Диаметр оси", "Pin diameter"),
                values=("Ø 10 mm", "Ø 12 mm", "Ø 10 mm", "Ø 12 mm"),
            ),
            Spec(Tr("Qoplama", "Покрытие", "Coating"), ("KTL", "Zn-Ni")),
        ),
        materials=(
            Tr("Issiq prokatlangan poʻlat", "Горячекатаная сталь", "Hot-rolled steel"),
            Tr("Toblanadigan poʻlat oʻq", "Ось из закаливаемой стали", "Hardened steel pin"),
        ),
        processes=(
            Tr("Aniq kesib olish", "Чистовая вырубка", "Fine blanking"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr("Parchinlash", "Клёпка", "Riveting"),
            Tr("Kataforez qoplash", "Катафорезное грунтование", "Cathodic e-coating"),
        ),
        capabilities=("stamping", "machining", "fasteners", "painting"),
        countries=("KR", "CN", "TR"),
        variants=4,
    ),
    PartType(
        key="fuel_tank",
        category="body",
        kind="component",
        name=Tr("Yoqilgʻi baki", "Топливный бак", "Fuel tank"),
        description=Tr(
            uz=(
                "Yengil avtomobil (koʻp qatlamli HDPE) yoki kichik yuk mashinasi (poʻlat yoki "
                "alyuminiy) yoqilgʻi baki. Plastik varianti EVOH toʻsiq qatlamli koekstruziya "
                "bilan puflab shakllantirish, metall varianti esa chuqur choʻzish va chokli "
                "payvandlash orqali tayyorlanadi; ikkalasi uchun ham oʻtkazuvchanlik va "
                "germetiklik sinovlari kerak."
            ),
            ru=(
                "Топливный бак легкового автомобиля (многослойный HDPE) или лёгкого грузовика "
                "(сталь или алюминий). Пластиковый вариант изготавливается соэкструзионным "
                "выдувным формованием с барьерным слоем EVOH, металлический — глубокой вытяжкой и "
                "шовной сваркой; для обоих нужны испытания на проницаемость и герметичность."
            ),
            en=(
                "Fuel tank of a passenger car (multi-layer HDPE) or light truck (steel or "
                "aluminium). The plastic version is made by co-extrusion blow moulding with an "
                "EVOH barrier layer, the metal one by deep drawing and seam welding; both need "
                "permeation and leak tests."
            ),
        ),
        hs_code="8708999709",
        art="tank",
        unit="pcs",
        unit_price_usd=88.0,
        yearly_quantity=20_000,
        vehicles=("cobalt", "nexia", "spark", "damas", "isuzu_npr82", "gentra", "labo"),
        specs=(
            Spec(Tr("Hajmi", "Объём", "Capacity"), ("46 l", "44 l", "35 l", "37 l", "100 l")),
            Spec(
                name=Tr("Materiali", "Материал", "Material"),
                values=("HDPE/EVOH", "HDPE/EVOH", "HDPE/EVOH", "DC04+ZnNi", "AlMg3"),
            ),
            Spec(
                name=Tr("Massasi", "Масса", "Weight"),
                values=("6.8 kg", "6.5 kg", "5.6 kg", "9.5 kg", "12 kg"),
            ),
        ),
        materials=(
            Tr("HDPE va EVOH", "HDPE и EVOH", "HDPE and EVOH"),
            Tr("Poʻlat list", "Стальной лист", "Steel sheet"),
        ),
        processes=(
            Tr(
                uz="Koekstruziya bilan puflab shakllantirish",
                ru="Соэкструзионное выдувное формование",
                en="Co-extrusion blow moulding",
            ),
            Tr("Chuqur choʻzish", "Глубокая вытяжка", "Deep drawing"),
            Tr("Chokli payvandlash", "Шовная сварка", "Seam welding"),
            Tr("Germetiklik sinovi", "Испытание на герметичность", "Leak testing"),
        ),
        capabilities=("extrusion", "stamping", "welding"),
        countries=("KR", "CN", "DE"),
        variants=5,
    ),
    # -------------------- electrical
    PartType(
        key="wiring_harness",
        category="electrical",
        kind="component",
        name=Tr("Elektr simlari toʻplami (jgut)", "Жгут проводов", "Wiring harness"),
        description=Tr(
            uz=(
                "Ulagichlar, klemmalar, saqlagichlar va himoya tasmasi bilan jihozlangan kuzov "
                "yoki dvigatelning asosiy simlar toʻplami. Jgutlarni yigʻish koʻp mehnat talab "
                "qiladi va koʻplab mamlakatlarda mahalliylashtirishning sinalgan yoʻliga aylangan: "
                "buning uchun simlarni kesish va qisish avtomatlari, yigʻish stendlari, elektr "
                "tekshiruv stollari va avtomobil simlarining barqaror yetkazib berilishi kerak."
            ),
            ru=(
                "Основной жгут проводов кузова или двигателя с разъёмами, клеммами, "
                "предохранителями и защитной лентой. Сборка жгутов трудоёмка и во многих странах "
                "стала проверенным путём локализации: нужны автоматы резки и опрессовки, сборочные "
                "стенды, столы электропроверки и стабильные поставки автомобильного провода."
            ),
            en=(
                "Main body or engine wiring harness with connectors, terminals, fuses and "
                "protective tape. Harness assembly is labour-intensive and a proven localisation "
                "path in many countries: it needs wire cutting and crimping machines, assembly "
                "boards, electrical test tables and a steady supply of automotive cable."
            ),
        ),
        hs_code="8544300007",
        art="wire_harness",
        unit="pcs",
        unit_price_usd=150.0,
        yearly_quantity=15_000,
        vehicles=(
            "cobalt",
            "nexia",
            "spark",
            "damas",
            "tracker",
            "isuzu_npr82",
            "gentra",
            "onix",
            "isuzu_citibus",
        ),
        specs=(
            Spec(
                name=Tr("Zanjirlar soni", "Число цепей", "Circuits"),
                values=("186", "174", "152", "96", "240", "130"),
            ),
            Spec(
                name=Tr("Ulagichlar soni", "Число разъёмов", "Connectors"),
                values=("48", "46", "40", "28", "62", "36"),
            ),
            Spec(
                name=Tr("Kuchlanish", "Напряжение", "Voltage"),
                values=("12 V", "12 V", "12 V", "12 V", "12 V", "24 V"),
            ),
        ),
        materials=(
            Tr(
                uz="Avtomobil simi (ISO 6722)",
                ru="Автомобильный провод (ISO 6722)",
                en="Automotive cable (ISO 6722)",
            ),
            Tr("Klemmalar va ulagichlar", "Клеммы и разъёмы", "Terminals and connectors"),
            Tr(
                uz="Himoya tasmasi va gofr quvur",
                ru="Защитная лента и гофротруба",
                en="Protective tape and conduit",
            ),
        ),
        processes=(
            Tr(
                uz="Simlarni kesish va qisish",
                ru="Резка проводов и опрессовка клемм",
                en="Wire cutting and crimping",
            ),
            Tr("Stendda yigʻish", "Сборка на стенде", "Board assembly"),
            Tr("Elektr tekshiruvi", "Электропроверка", "Electrical testing"),
        ),
        capabilities=("wiring", "assembly", "plastic_injection"),
        countries=("KR", "CN", "TR"),
        variants=6,
    ),
    PartType(
        key="battery",
        category="electrical",
        kind="component",
        name=Tr("Akkumulyator batareyasi", "Аккумуляторная батарея", "Starter battery"),
        description=Tr(
            uz=(
                "Yengil avtomobillar uchun 12 V li qoʻrgʻoshin-kislotali starter akkumulyatori va "
                "yuk mashinalari uchun katta sigʻimli batareyalar. Akkumulyator zavodi qoʻrgʻoshin "
                "qotishmasidan panjaralar tayyorlash, pasta tayyorlash va surtish, yetiltirish va "
                "formirovka hamda polipropilen korpuslarni quyishni birlashtiradi; qoʻrgʻoshinning "
                "bir qismini ishlatilgan akkumulyatorlarni qayta ishlash bera oladi."
            ),
            ru=(
                "Свинцово-кислотная стартерная батарея 12 В для легковых автомобилей и батареи "
                "большой ёмкости для грузовиков. Аккумуляторный завод объединяет изготовление "
                "решёток из свинцового сплава, приготовление и намазку пасты, созревание и "
                "формирование, а также литьё полипропиленовых корпусов; часть свинца может дать "
                "переработка отработанных батарей."
            ),
            en=(
                "Lead-acid 12 V starter battery for cars, and larger batteries for trucks. A "
                "battery plant combines lead alloy grid making, paste mixing and pasting, curing "
                "and formation, and moulding of polypropylene cases; recycling of used batteries "
                "can supply part of the lead."
            ),
        ),
        hs_code="8507102009",
        art="battery",
        unit="pcs",
        unit_price_usd=60.0,
        yearly_quantity=40_000,
        vehicles=(
            "cobalt",
            "spark",
            "damas",
            "tracker",
            "isuzu_npr82",
            "nexia",
            "gentra",
            "man_tgs",
        ),
        specs=(
            Spec(
                name=Tr("Sigʻimi", "Ёмкость", "Capacity"),
                values=("60 Ah", "45 Ah", "40 Ah", "60 Ah", "100 Ah"),
            ),
            Spec(
                name=Tr(
                    uz="Ishga tushirish toki (EN)",
                    ru="Пусковой ток (EN)",
                    en="Cold cranking current (EN)",
                ),
                values=("540 A", "400 A", "330 A", "560 A", "800 A"),
            ),
            Spec(
                name=Tr("Texnologiya", "Технология", "Technology"),
                values=("SLI", "SLI", "SLI", "EFB", "SLI"),
            ),
            Spec(Tr("Kuchlanish", "Напряжение", "Voltage"), ("12 V",)),
        ),
        materials=(
            Tr("Qoʻrgʻoshin va uning qotishmalari", "Свинец и его сплавы", "Lead and lead alloys"),
            Tr("Sulfat kislota", "Серная кислота", "Sulphuric acid"),
            Tr("Polipropilen", "Полипропилен", "Polypropylene"),
        ),
        processes=(
            Tr("Panjaralarni quyish", "Литьё решёток", "Grid casting"),
            Tr(
                uz="Pasta surtish va formirovka",
                ru="Намазка пасты и формирование",
                en="Pasting and formation",
            ),
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("casting", "chemicals", "plastic_injection", "assembly"),
        countries=("KR", "TR", "CN", "RU"),
        variants=5,
    ),
    PartType(
        key="alternator",
        category="electrical",
        kind="component",
        name=Tr("Generator", "Генератор", "Alternator"),
        description=Tr(
            uz=(
                "Ichiga toʻgʻrilagich va kuchlanish rostlagichi oʻrnatilgan oʻzgaruvchan tok "
                "generatori. Mahalliylashtirish stator va rotor chulgʻamlarini emallangan mis "
                "simdan oʻrash, alyuminiy qopqoqlarni bosim ostida quyish, toʻgʻrilagich va "
                "podshipniklarni yigʻish hamda yakuniy elektr nazoratini anglatadi; birinchi qadam "
                "generatorlarni qayta tiklash liniyasi boʻlishi mumkin."
            ),
            ru=(
                "Генератор переменного тока со встроенным выпрямителем и регулятором напряжения. "
                "Локализация означает намотку обмоток статора и ротора из эмалированного медного "
                "провода, литьё алюминиевых крышек под давлением, сборку выпрямителя и подшипников "
                "и выходной электрический контроль; первым шагом может стать линия восстановления "
                "генераторов."
            ),
            en=(
                "Claw-pole alternator with built-in rectifier and voltage regulator. Localising it "
                "means winding stator and rotor coils from enamelled copper wire, die casting "
                "aluminium housings, assembling rectifier and bearings, and end-of-line electrical "
                "testing; a remanufacturing line is a possible first step."
            ),
        ),
        hs_code="8511500009",
        art="wire_spool",
        unit="pcs",
        unit_price_usd=90.0,
        yearly_quantity=15_000,
        vehicles=("cobalt", "spark", "damas", "tracker", "isuzu_npr82", "nexia", "gentra"),
        specs=(
            Spec(
                name=Tr("Nominal tok", "Номинальный ток", "Rated current"),
                values=("100 A", "85 A", "55 A", "120 A", "60 A"),
            ),
            Spec(
                name=Tr("Kuchlanish", "Напряжение", "Voltage"),
                values=("14 V", "14 V", "14 V", "14 V", "28 V"),
            ),
            Spec(Tr("Shkiv", "Шкив", "Pulley"), ("6PK", "6PK", "4PK", "6PK", "6PK")),
        ),
        materials=(
            Tr("Emallangan mis sim", "Эмалированный медный провод", "Enamelled copper wire"),
            Tr("Elektrotexnik poʻlat", "Электротехническая сталь", "Electrical steel"),
            Tr("Alyuminiy qotishmasi", "Алюминиевый сплав", "Aluminium alloy"),
            Tr("Elektron komponentlar", "Электронные компоненты", "Electronic components"),
        ),
        processes=(
            Tr("Chulgʻamlarni oʻrash", "Намотка обмоток", "Coil winding"),
            Tr("Bosim ostida quyish", "Литьё под давлением", "Die casting"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("wiring", "casting", "electronics", "assembly"),
        countries=("KR", "CN", "DE"),
        variants=5,
    ),
    PartType(
        key="starter",
        category="electrical",
        kind="component",
        name=Tr("Starter", "Стартер", "Starter motor"),
        description=Tr(
            uz=(
                "Reduktorli, tortish relesi va erkin yurish muftasiga ega starter. Uni ishlab "
                "chiqarish yakorni oʻrash va kollektorni yigʻish, doimiy magnitlar yoki "
                "qoʻzgʻatish chulgʻamlari, planetar reduktor, tortish relesini oʻrash va yakuniy "
                "sinovlarni oʻz ichiga oladi; uskunalarning koʻp qismi generator liniyasi bilan "
                "umumiy."
            ),
            ru=(
                "Стартер с редуктором, тяговым реле и муфтой свободного хода. Его производство "
                "включает намотку якоря и сборку коллектора, постоянные магниты или обмотки "
                "возбуждения, планетарный редуктор, намотку тягового реле и итоговые испытания; "
                "значительная часть оборудования общая с линией генераторов."
            ),
            en=(
                "Gear-reduction starter motor with solenoid and overrunning clutch. Its production "
                "involves armature winding and commutator assembly, permanent magnets or field "
                "coils, a planetary gear set, solenoid winding and final testing, with much "
                "equipment shared with an alternator line."
            ),
        ),
        hs_code="8511400009",
        art="gear",
        unit="pcs",
        unit_price_usd=85.0,
        yearly_quantity=12_000,
        vehicles=("cobalt", "spark", "damas", "isuzu_npr82", "man_tgs", "nexia", "gentra"),
        specs=(
            Spec(
                name=Tr("Quvvati", "Мощность", "Power"),
                values=("1.2 kW", "0.9 kW", "0.8 kW", "4.5 kW", "5.5 kW"),
            ),
            Spec(
                name=Tr("Kuchlanish", "Напряжение", "Voltage"),
                values=("12 V", "12 V", "12 V", "24 V", "24 V"),
            ),
            Spec(
                name=Tr("Shesternya tishlari", "Число зубьев шестерни", "Pinion teeth"),
                values=("9", "8", "8", "11", "11"),
            ),
        ),
        materials=(
            Tr("Emallangan mis sim", "Эмалированный медный провод", "Enamelled copper wire"),
            Tr("Doimiy magnitlar", "Постоянные магниты", "Permanent magnets"),
            Tr("Sementatsiyalanadigan poʻlat", "Цементуемая сталь", "Case-hardening steel"),
        ),
        processes=(
            Tr("Yakorni oʻrash", "Намотка якоря", "Armature winding"),
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("wiring", "machining", "electronics", "assembly"),
        countries=("KR", "CN", "DE", "JP"),
        variants=5,
    ),
    PartType(
        key="engine_ecu",
        category="electrical",
        kind="component",
        name=Tr(
            uz="Dvigatelni boshqarish bloki (ECU)",
            ru="Блок управления двигателем (ЭБУ)",
            en="Engine control unit (ECU)",
        ),
        description=Tr(
            uz=(
                "Dvigatelni boshqarish bloki: germetik alyuminiy korpusdagi, muayyan motor uchun "
                "kalibrovkalar yozilgan mikrokontrollerli plata. Mahalliy yigʻish sirtiy montaj "
                "(SMT) liniyalari, himoya lak qoplash, dasturlash va chiqishda funksional "
                "nazoratdan boshlanadi, dasturiy taʼminot va asosiy mikrosxemalar esa import "
                "qilinishda davom etadi."
            ),
            ru=(
                "Блок управления двигателем: плата с микроконтроллером в герметичном алюминиевом "
                "корпусе, прошитая калибровками под конкретный мотор. Локальная сборка начинается "
                "с линий поверхностного монтажа (SMT), нанесения защитного лака, программирования "
                "и функционального контроля на выходе, а программное обеспечение и ключевые "
                "микросхемы остаются импортными."
            ),
            en=(
                "Engine control unit: a microcontroller board in a sealed aluminium housing, "
                "flashed with the calibration for a specific engine. Local assembly would start "
                "with SMT lines, conformal coating, end-of-line programming and functional "
                "testing, while the software and key chips remain imported."
            ),
        ),
        hs_code="8537109100",
        art="circuit_board",
        unit="pcs",
        unit_price_usd=140.0,
        yearly_quantity=25_000,
        vehicles=("cobalt", "spark", "tracker", "onix", "malibu", "nexia", "gentra"),
        specs=(
            Spec(
                name=Tr("Mikrokontroller", "Микроконтроллер", "Microcontroller"),
                values=("32-bit, 120 MHz", "32-bit, 120 MHz", "32-bit, 300 MHz", "32-bit, 300 MHz"),
            ),
            Spec(
                name=Tr("Ulagich", "Разъём", "Connector"),
                values=("2×56 pin", "2×56 pin", "2×73 pin", "2×73 pin"),
            ),
            Spec(Tr("Ish kuchlanishi", "Рабочее напряжение", "Operating voltage"), ("9-16 V",)),
        ),
        materials=(
            Tr("Bosma plata (FR-4)", "Печатная плата (FR-4)", "Printed circuit board (FR-4)"),
            Tr("Elektron komponentlar", "Электронные компоненты", "Electronic components"),
            Tr("Alyuminiy qotishmasi", "Алюминиевый сплав", "Aluminium alloy"),
        ),
        processes=(
            Tr("Sirtiy montaj (SMT)", "Поверхностный монтаж (SMT)", "Surface-mount assembly (SMT)"),
            Tr("Himoya lak qoplash", "Нанесение влагозащитного лака", "Conformal coating"),
            Tr(
                uz="Dasturlash va funksional nazorat",
                ru="Программирование и функциональный контроль",
                en="Programming and functional testing",
            ),
        ),
        capabilities=("electronics", "assembly", "casting"),
        countries=("KR", "CN", "DE", "US"),
        variants=4,
    ),
    PartType(
        key="oxygen_sensor",
        category="electrical",
        kind="component",
        name=Tr(
            uz="Kislorod datchigi (lambda-zond)",
            ru="Датчик кислорода (лямбда-зонд)",
            en="Oxygen sensor (lambda probe)",
        ),
        description=Tr(
            uz=(
                "Chiqarish tizimidagi isitiladigan sirkoniyli kislorod datchigi: uning signali "
                "boʻyicha boshqaruv bloki katalitik neytralizator uchun zarur yoqilgʻi-havo "
                "aralashmasini ushlab turadi. Bu yuqori texnologiyali keramik detal; real birinchi "
                "qadam import sezgir elementlarni mahalliy yoʻnilgan korpuslar, kabellar va "
                "ulagichlar bilan yigʻish."
            ),
            ru=(
                "Подогреваемый циркониевый датчик кислорода в выпускной системе: по его сигналу "
                "блок управления поддерживает состав смеси, нужный для каталитического "
                "нейтрализатора. Это высокотехнологичная керамическая деталь; реалистичный первый "
                "шаг — сборка импортных чувствительных элементов с местными точёными корпусами, "
                "кабелями и разъёмами."
            ),
            en=(
                "Heated zirconia oxygen sensor in the exhaust whose signal lets the ECU keep the "
                "air-fuel mixture right for the catalytic converter. It is a high-tech ceramic "
                "part; a realistic first step is assembling imported sensing elements with locally "
                "machined housings, cables and connectors."
            ),
        ),
        hs_code="9027101000",
        art="sensor",
        unit="pcs",
        unit_price_usd=20.0,
        yearly_quantity=50_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix"),
        specs=(
            Spec(
                name=Tr("Kabel uzunligi", "Длина кабеля", "Cable length"),
                values=("350 mm", "450 mm", "600 mm", "520 mm"),
            ),
            Spec(Tr("Simlar soni", "Число проводов", "Number of wires"), ("4",)),
            Spec(Tr("Rezba", "Резьба", "Thread"), ("M18×1.5",)),
        ),
        materials=(
            Tr(
                uz="Sirkoniy dioksidi keramikasi",
                ru="Керамика на основе диоксида циркония",
                en="Zirconia ceramic",
            ),
            Tr(
                uz="Zanglamaydigan poʻlat korpus",
                ru="Корпус из нержавеющей стали",
                en="Stainless steel housing",
            ),
            Tr("Issiqbardosh kabel", "Термостойкий кабель", "Heat-resistant cable"),
        ),
        processes=(
            Tr("CNC dastgohlarida ishlov berish", "Обработка на станках с ЧПУ", "CNC machining"),
            Tr("Lazer payvandlash", "Лазерная сварка", "Laser welding"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("electronics", "machining", "wiring", "assembly"),
        countries=("DE", "JP", "CN"),
        variants=4,
    ),
    PartType(
        key="abs_sensor",
        category="electrical",
        kind="component",
        name=Tr(
            uz="ABS gʻildirak tezligi datchigi",
            ru="Датчик скорости вращения колеса ABS",
            en="ABS wheel speed sensor",
        ),
        description=Tr(
            uz=(
                "ABS va ESC tizimlari uchun har bir gʻildirakning impuls halqasini oʻqiydigan faol "
                "Xoll datchigi yoki passiv induktiv datchik. Ishlab chiqarish sezgir element va "
                "chiqish ramkasini PA66 bilan qoplab quyish, kabel yigʻish va signalni toʻliq "
                "tekshirishdan iborat; bu jgut zavodi uchun qiymat zanjirida yuqoriga "
                "koʻtarilishning yaxshi qadami."
            ),
            ru=(
                "Активный датчик Холла или пассивный индуктивный датчик, считывающий задающее "
                "кольцо каждого колеса для систем ABS и ESC. Производство — это обливка "
                "чувствительного элемента и выводной рамки полиамидом PA66, сборка кабеля и "
                "стопроцентная проверка сигнала; хороший шаг вверх по цепочке стоимости для завода "
                "жгутов."
            ),
            en=(
                "Active Hall-effect or passive inductive sensor that reads the tone ring of each "
                "wheel for ABS and ESC. Production means overmoulding the sensing element and lead "
                "frame with PA66, cable assembly and a signal test of every unit, a good step up "
                "the value chain for a wiring harness plant."
            ),
        ),
        hs_code="9031803800",
        art="sensor",
        unit="pcs",
        unit_price_usd=12.0,
        yearly_quantity=70_000,
        vehicles=("cobalt", "gentra", "tracker", "onix", "malibu", "man_tgs"),
        specs=(
            Spec(
                name=Tr("Kabel uzunligi", "Длина кабеля", "Cable length"),
                values=("520 mm", "610 mm", "740 mm", "700 mm", "680 mm", "1400 mm"),
            ),
            Spec(
                name=Tr("Chiqish signali", "Выходной сигнал", "Output signal"),
                values=("7/14 mA", "7/14 mA", "7/14 mA", "7/14 mA", "7/14 mA", "AC"),
            ),
            Spec(
                name=Tr("Ishchi harorat", "Рабочая температура", "Operating temperature"),
                values=("-40…+150 °C",),
            ),
        ),
        materials=(
            Tr("Xoll sezgir elementi", "Чувствительный элемент Холла", "Hall sensing element"),
            Tr(
                uz="Shisha tolali poliamid PA66",
                ru="Стеклонаполненный полиамид PA66",
                en="Glass-filled polyamide PA66",
            ),
            Tr(
                uz="Poliuretan qobiqli kabel",
                ru="Кабель в полиуретановой оболочке",
                en="PUR-sheathed cable",
            ),
        ),
        processes=(
            Tr("Plastmassa bilan qoplab quyish", "Обливка пластмассой", "Overmoulding"),
            Tr("Kabel yigʻish", "Сборка кабеля", "Cable assembly"),
            Tr("Signalni tekshirish", "Проверка сигнала", "Signal testing"),
        ),
        capabilities=("electronics", "plastic_injection", "wiring"),
        countries=("KR", "DE", "CN"),
        variants=6,
    ),
    PartType(
        key="ignition_coil",
        category="electrical",
        kind="component",
        name=Tr("Oʻt oldirish gʻaltagi", "Катушка зажигания", "Ignition coil"),
        description=Tr(
            uz=(
                "Toʻrt silindrli benzin dvigatellarining shamlari uchun yuqori kuchlanish hosil "
                "qiluvchi oʻt oldirish gʻaltagi moduli. U birlamchi va ikkilamchi chulgʻamlarni "
                "aniq oʻrash, qatlamli oʻzakni yigʻish, vakuumda epoksid kompaund bilan quyish va "
                "yuqori kuchlanishda sinash orqali tayyorlanadi."
            ),
            ru=(
                "Модуль катушек зажигания, вырабатывающий высокое напряжение для свечей "
                "четырёхцилиндровых бензиновых двигателей. Изготавливается точной намоткой "
                "первичной и вторичной обмоток, сборкой шихтованного сердечника, вакуумной "
                "заливкой эпоксидным компаундом и высоковольтными испытаниями."
            ),
            en=(
                "Ignition coil module that produces the high voltage for the spark plugs of "
                "four-cylinder petrol engines. It is made by precision winding of the primary and "
                "secondary coils, stacking the laminated core, vacuum potting in epoxy and "
                "high-voltage testing."
            ),
        ),
        hs_code="8511300009",
        art="wire_spool",
        unit="pcs",
        unit_price_usd=24.0,
        yearly_quantity=35_000,
        vehicles=("cobalt", "spark", "gentra", "nexia"),
        specs=(
            Spec(
                name=Tr(
                    uz="Birlamchi chulgʻam qarshiligi",
                    ru="Сопротивление первичной обмотки",
                    en="Primary resistance",
                ),
                values=("0.6 Ω", "0.5 Ω", "0.6 Ω"),
            ),
            Spec(Tr("Chiqish kuchlanishi", "Выходное напряжение", "Output voltage"), ("≥ 35 kV",)),
            Spec(
                name=Tr("Yuqori kuchlanish chiqishlari", "Высоковольтные выводы", "HV outputs"),
                values=("4",),
            ),
        ),
        materials=(
            Tr("Emallangan mis sim", "Эмалированный медный провод", "Enamelled copper wire"),
            Tr("Elektrotexnik poʻlat", "Электротехническая сталь", "Electrical steel"),
            Tr("Epoksid kompaund", "Эпоксидный компаунд", "Epoxy potting compound"),
        ),
        processes=(
            Tr("Chulgʻamlarni oʻrash", "Намотка обмоток", "Coil winding"),
            Tr("Vakuumda quyish", "Вакуумная заливка", "Vacuum potting"),
            Tr("Yuqori kuchlanishli sinov", "Высоковольтные испытания", "High-voltage testing"),
        ),
        capabilities=("wiring", "electronics", "chemicals", "assembly"),
        countries=("KR", "CN", "JP"),
        variants=3,
    ),
    # -------------------- interior
    PartType(
        key="seat_frame",
        category="interior",
        kind="component",
        name=Tr("Oʻrindiq karkasi", "Каркас сиденья", "Seat frame"),
        description=Tr(
            uz=(
                "Suyanchiq qiyaligini rostlash mexanizmi va siljitish relslari boʻlgan oldingi "
                "oʻrindiqning payvandlangan poʻlat karkasi. Mahalliy zavodga quvurlarni egish, yon "
                "qismlarni shtamplash, robotlashtirilgan MIG payvandlash va kataforez qoplash "
                "kerak, rostlash mexanizmlari va relslarni esa dastlab sotib olish mumkin; karkas "
                "odatda toʻliq oʻrindiq ishlab chiqarishga birinchi qadam boʻladi."
            ),
            ru=(
                "Сварной стальной каркас переднего сиденья с механизмом наклона спинки и "
                "салазками. Местному заводу нужны гибка труб, штамповка боковин, роботизированная "
                "сварка MIG и катафорезное покрытие, а механизмы наклона и салазки на первом этапе "
                "можно закупать; каркас — обычный первый шаг к выпуску сиденья целиком."
            ),
            en=(
                "Welded steel frame of a front seat with recliner and slide rails. A local plant "
                "needs tube bending, stamping of the side members, robotic MIG welding and "
                "e-coating, while recliners and rails can be bought in at first; the frame is the "
                "usual first step towards making complete seats."
            ),
        ),
        hs_code="9401990009",
        art="seat",
        unit="pcs",
        unit_price_usd=50.0,
        yearly_quantity=40_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "damas"),
        specs=(
            Spec(
                name=Tr("Massasi", "Масса", "Weight"),
                values=("8.6 kg", "8.4 kg", "9.0 kg", "7.2 kg", "9.6 kg"),
            ),
            Spec(
                name=Tr("Rostlash yoʻnalishlari", "Число регулировок", "Adjustment ways"),
                values=("4", "4", "6", "4", "6"),
            ),
            Spec(Tr("Muvofiqlik", "Соответствие", "Compliance"), ("UN R17",)),
        ),
        materials=(
            Tr("Poʻlat quvur", "Стальная труба", "Steel tube"),
            Tr("Poʻlat list", "Стальной лист", "Steel sheet"),
            Tr("Rostlash mexanizmlari", "Механизмы регулировки", "Recliners and rails"),
        ),
        processes=(
            Tr("Quvurlarni egish", "Гибка труб", "Tube bending"),
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr(
                uz="Robotlashtirilgan MIG payvandlash",
                ru="Роботизированная сварка MIG",
                en="Robotic MIG welding",
            ),
            Tr("Kataforez qoplash", "Катафорезное грунтование", "Cathodic e-coating"),
        ),
        capabilities=("stamping", "welding", "painting", "assembly"),
        countries=("KR", "CN", "TR"),
        variants=5,
    ),
    PartType(
        key="seat_foam",
        category="interior",
        kind="component",
        name=Tr(
            uz="Oʻrindiq koʻpik yostigʻi",
            ru="Пенополиуретановая подушка сиденья",
            en="Seat foam cushion",
        ),
        description=Tr(
            uz=(
                "Yengil avtomobil va avtobus oʻrindiqlari uchun sovuq holda qotadigan poliuretan "
                "koʻpikdan qoliplangan yostiq yoki suyanchiq. U poliol va izotsianatni isitilgan "
                "alyuminiy qoliplarga dozalab quyish, qolipdan chiqarish, ezish va chetlarini "
                "kesish orqali tayyorlanadi; investitsiyalar oʻrtacha, kimyoviy xomashyo esa keng "
                "tarqalgan."
            ),
            ru=(
                "Формованная подушка или спинка из пенополиуретана холодного отверждения для "
                "сидений легковых автомобилей и автобусов. Изготавливается дозированной заливкой "
                "полиола и изоцианата в обогреваемые алюминиевые формы, извлечением, обминкой и "
                "обрезкой; инвестиции умеренные, а химическое сырьё широко доступно."
            ),
            en=(
                "Moulded cold-cure polyurethane foam cushion or backrest pad for car and bus "
                "seats. It is made by metering polyol and isocyanate into heated aluminium moulds, "
                "demoulding, crushing and trimming; the investment is moderate and the chemicals "
                "are widely available."
            ),
        ),
        hs_code="9401990009",
        art="seat",
        unit="pcs",
        unit_price_usd=9.5,
        yearly_quantity=80_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "isuzu_citibus", "tracker"),
        specs=(
            Spec(
                name=Tr("Zichligi", "Плотность", "Density"),
                values=("55 kg/m³", "55 kg/m³", "50 kg/m³", "50 kg/m³", "60 kg/m³"),
            ),
            Spec(
                name=Tr("Qattiqligi", "Жёсткость", "Hardness"),
                values=("6.5 kPa", "6.5 kPa", "6.0 kPa", "5.5 kPa", "7.5 kPa"),
            ),
            Spec(Tr("Yonuvchanlik", "Горючесть", "Flammability"), ("ISO 3795",)),
        ),
        materials=(
            Tr(
                uz="Poliuretan tizimi (poliol va izotsianat)",
                ru="Полиуретановая система (полиол и изоцианат)",
                en="Polyurethane system (polyol and isocyanate)",
            ),
            Tr("Ajratuvchi vosita", "Разделительный состав", "Release agent"),
        ),
        processes=(
            Tr("Qolipga dozalab quyish", "Дозированная заливка в форму", "Metered pouring"),
            Tr("Koʻpikni qotirish", "Отверждение пены", "Foam curing"),
            Tr("Chetlarini kesish", "Обрезка", "Trimming"),
        ),
        capabilities=("foam", "chemicals"),
        countries=("KR", "CN", "TR"),
        variants=5,
    ),
    PartType(
        key="seat_cover",
        category="interior",
        kind="component",
        name=Tr("Oʻrindiq gʻilofi toʻplami", "Комплект обивки сидений", "Seat cover set"),
        description=Tr(
            uz=(
                "Bir avtomobilning oldingi va orqa oʻrindiqlari uchun poliefir mato, trikotaj yoki "
                "ekocharmdan bichib tikilgan gʻiloflar. Oʻzbekistondagi toʻqimachilik bazasini "
                "hisobga olsak, buning uchun CNC bichish avtomati, sanoat tikuv liniyalari, matoni "
                "yupqa porolon bilan dublirlash va yonuvchanlik laboratoriyasi kerak."
            ),
            ru=(
                "Раскроенные и сшитые чехлы-обивки передних и задних сидений одного автомобиля из "
                "полиэфирной ткани, трикотажа или экокожи. С учётом текстильной базы Узбекистана "
                "нужны автоматический раскрой на ЧПУ, промышленные швейные линии, дублирование "
                "ткани тонким поролоном и лаборатория горючести."
            ),
            en=(
                "Cut-and-sewn trim covers for the front and rear seats of one car, in woven "
                "polyester, knitted fabric or PU leather. Building on Uzbekistan's textile base, "
                "it needs automatic CNC cutting, industrial sewing lines, laminating the fabric to "
                "thin foam and a flammability lab."
            ),
        ),
        hs_code="9401990009",
        art="seat",
        unit="set",
        unit_price_usd=38.0,
        yearly_quantity=30_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "damas"),
        specs=(
            Spec(
                name=Tr("Mato", "Ткань", "Fabric"),
                values=("PES 100 %", "PES 100 %", "PES/PVC", "PES 100 %", "PES/PU"),
            ),
            Spec(
                name=Tr("Toʻplamdagi qismlar", "Деталей в комплекте", "Pieces per set"),
                values=("11", "11", "13", "9", "13"),
            ),
            Spec(Tr("Yonish tezligi", "Скорость горения", "Burning rate"), ("≤ 100 mm/min",)),
        ),
        materials=(
            Tr("Poliefir mato", "Полиэфирная ткань", "Polyester fabric"),
            Tr("Yupqa poliuretan porolon", "Тонкий пенополиуретан", "Thin PU foam"),
            Tr("Poliefir iplar", "Полиэфирные нитки", "Polyester thread"),
        ),
        processes=(
            Tr("CNC bichish", "Раскрой на ЧПУ", "CNC cutting"),
            Tr("Dublirlash", "Дублирование", "Laminating"),
            Tr("Tikish", "Пошив", "Sewing"),
        ),
        capabilities=("textiles", "foam"),
        countries=("CN", "KR", "TR"),
        variants=5,
    ),
    PartType(
        key="bus_seat",
        category="interior",
        kind="component",
        name=Tr(
            uz="Avtobus yoʻlovchi oʻrindigʻi",
            ru="Пассажирское сиденье автобуса",
            en="Bus passenger seat",
        ),
        description=Tr(
            uz=(
                "Isuzu shahar va shaharlararo avtobuslari uchun poʻlat quvur karkasli, plastik "
                "qobiqli va yumshoq yostiqli ikki kishilik yoʻlovchi oʻrindigʻi. Ishlab chiqarish "
                "quvurlarni egish va payvandlash, kukunli boʻyash, qobiqlarni puflab yoki bosim "
                "ostida quyish hamda qoplashni birlashtiradi; bularning barchasi mahalliy mebel va "
                "metallga ishlov berish korxonalarining qoʻlidan keladi."
            ),
            ru=(
                "Двухместное пассажирское сиденье для городских и междугородних автобусов Isuzu: "
                "каркас из стальной трубы, пластиковая оболочка и мягкие подушки. Производство "
                "объединяет гибку и сварку труб, порошковую окраску, выдувное или литьевое "
                "формование оболочек и обивку; всё это по силам местным мебельным и "
                "металлообрабатывающим предприятиям."
            ),
            en=(
                "Double passenger seat for Isuzu city and intercity buses, with a steel tube "
                "frame, plastic shell and upholstered cushions. Production combines tube bending "
                "and welding, powder painting, blow or injection moulding of the shells and "
                "upholstery, all within reach of local furniture and metalworking plants."
            ),
        ),
        hs_code="9401200000",
        art="seat",
        unit="pcs",
        unit_price_usd=110.0,
        yearly_quantity=6000,
        vehicles=("isuzu_citibus", "isuzu_nqr90"),
        specs=(
            Spec(
                name=Tr("Karkas quvuri", "Труба каркаса", "Frame tube"),
                values=("Ø 25×1.5 mm", "Ø 28×2.0 mm"),
            ),
            Spec(Tr("Oʻtirgʻich qobigʻi", "Оболочка сиденья", "Seat shell"), ("PP", "HDPE")),
            Spec(Tr("Muvofiqlik", "Соответствие", "Compliance"), ("UN R80",)),
        ),
        materials=(
            Tr("Poʻlat quvur", "Стальная труба", "Steel tube"),
            Tr("Polipropilen kompaund", "Полипропиленовый компаунд", "Polypropylene compound"),
            Tr(
                uz="Poliuretan tizimi (poliol va izotsianat)",
                ru="Полиуретановая система (полиол и изоцианат)",
                en="Polyurethane system (polyol and isocyanate)",
            ),
            Tr("Poliefir mato", "Полиэфирная ткань", "Polyester fabric"),
        ),
        processes=(
            Tr("Quvurlarni egish", "Гибка труб", "Tube bending"),
            Tr("Payvandlash", "Сварка", "Welding"),
            Tr("Kukunli boʻyash", "Порошковая окраска", "Powder coating"),
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
        ),
        capabilities=("welding", "painting", "plastic_injection", "foam", "textiles"),
        countries=("TR", "CN", "DE"),
        variants=2,
    ),
    PartType(
        key="steering_wheel",
        category="interior",
        kind="component",
        name=Tr("Rul chambaragi", "Рулевое колесо", "Steering wheel"),
        description=Tr(
            uz=(
                "Quyma magniy yoki poʻlat karkasli, integral qobiqli poliuretan gardishli va "
                "haydovchi xavfsizlik yostigʻi moduli uchun tayyorlangan rul chambaragi. Ishlab "
                "chiqarish uchun karkas yetkazib beruvchisi, RIM texnologiyasi boʻyicha "
                "poliuretanni qoliplash, kerak boʻlsa teri bilan qoplash va tugmalarni yigʻish "
                "kerak; xavfsizlik yostigʻi moduli import qilinaveradi."
            ),
            ru=(
                "Рулевое колесо с литым магниевым или стальным каркасом и ободом из интегрального "
                "пенополиуретана, подготовленное под модуль подушки безопасности водителя. Нужны "
                "поставщик каркасов, формование полиуретана по технологии RIM, при необходимости "
                "обтяжка кожей и сборка переключателей; сам модуль подушки остаётся импортным."
            ),
            en=(
                "Steering wheel with a die-cast magnesium or steel armature and an integral-skin "
                "polyurethane rim, prepared for the driver airbag module. Local production needs "
                "an armature supplier, PU RIM moulding, optional leather wrapping and switch "
                "assembly; the airbag itself stays imported."
            ),
        ),
        hs_code="8708943509",
        art="steering_wheel",
        unit="pcs",
        unit_price_usd=38.0,
        yearly_quantity=30_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "damas"),
        specs=(
            Spec(
                name=Tr("Diametri", "Диаметр", "Diameter"),
                values=("Ø 375 mm", "Ø 370 mm", "Ø 380 mm", "Ø 365 mm", "Ø 370 mm"),
            ),
            Spec(
                name=Tr("Karkas materiali", "Материал каркаса", "Armature material"),
                values=("AM50A", "St", "AM50A", "St", "AM50A"),
            ),
            Spec(Tr("Gardish qoplamasi", "Покрытие обода", "Rim cover"), ("PU",)),
        ),
        materials=(
            Tr("Magniy qotishmasi", "Магниевый сплав", "Magnesium alloy"),
            Tr(
                uz="Poliuretan tizimi (poliol va izotsianat)",
                ru="Полиуретановая система (полиол и изоцианат)",
                en="Polyurethane system (polyol and isocyanate)",
            ),
            Tr("Charm", "Натуральная кожа", "Leather"),
        ),
        processes=(
            Tr("Bosim ostida quyish", "Литьё под давлением", "Die casting"),
            Tr(
                uz="Poliuretanni RIM usulida qoliplash",
                ru="Формование полиуретана (RIM)",
                en="PU RIM moulding",
            ),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("casting", "foam", "textiles", "assembly"),
        countries=("KR", "CN", "TR"),
        variants=5,
    ),
    PartType(
        key="dashboard",
        category="interior",
        kind="component",
        name=Tr("Asboblar paneli", "Панель приборов", "Instrument panel"),
        description=Tr(
            uz=(
                "Yuqori qoplama, buyum qutisi va havo oʻtkazgichlar bilan modul sifatida "
                "yetkaziladigan, bosim ostida quyilgan asboblar paneli karkasi. Buning uchun yirik "
                "termoplastavtomatlar, teksturali press-qoliplar, havo oʻtkazgichlarni tebranma "
                "yoki infraqizil payvandlash hamda avtozavod yonida konveyer ketma-ketligida "
                "yigʻish liniyasi kerak."
            ),
            ru=(
                "Литой каркас панели приборов с верхней накладкой, вещевым ящиком и воздуховодами, "
                "поставляемый модулем. Нужны крупные термопластавтоматы, пресс-формы с текстурой, "
                "вибрационная или инфракрасная сварка воздуховодов и линия сборки в "
                "последовательности конвейера рядом с автозаводом."
            ),
            en=(
                "Injection-moulded instrument panel carrier with top cover, glove box and air "
                "ducts, delivered as a module. It takes large injection moulding machines, "
                "textured moulds, vibration or infrared welding of the ducts and a "
                "just-in-sequence assembly line next to the car plant."
            ),
        ),
        hs_code="8708299009",
        art="body_panel",
        unit="pcs",
        unit_price_usd=125.0,
        yearly_quantity=20_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker"),
        specs=(
            Spec(Tr("Uzunligi", "Длина", "Length"), ("1420 mm", "1400 mm", "1480 mm", "1320 mm")),
            Spec(
                name=Tr("Asos materiali", "Материал основы", "Substrate"),
                values=("PP-TD20", "PP-TD20", "PC/ABS", "PP-TD20"),
            ),
            Spec(Tr("Massasi", "Масса", "Weight"), ("6.8 kg", "6.5 kg", "8.1 kg", "5.9 kg")),
        ),
        materials=(
            Tr("Polipropilen kompaund", "Полипропиленовый компаунд", "Polypropylene compound"),
            Tr("PC/ABS plastik", "Пластик PC/ABS", "PC/ABS blend"),
        ),
        processes=(
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr("Tebranma payvandlash", "Вибрационная сварка", "Vibration welding"),
            Tr(
                uz="Ketma-ketlikda yigʻish",
                ru="Сборка в последовательности конвейера",
                en="Just-in-sequence assembly",
            ),
        ),
        capabilities=("plastic_injection", "welding", "assembly"),
        countries=("KR", "CN"),
        variants=4,
    ),
    PartType(
        key="floor_carpet",
        category="interior",
        kind="component",
        name=Tr("Salon pol gilami", "Напольное покрытие салона", "Floor carpet"),
        description=Tr(
            uz=(
                "Shovqinni yutish uchun ogʻir qatlam yoki namat taglikli, tafting yoki igna bilan "
                "teshib toʻqilgan poliefirdan qoliplangan pol gilami. U rulonli gilam materialini "
                "isitilgan pressda termoshakllantirish, suv oqimi bilan kesish va "
                "mahkamlagichlarni yopishtirish orqali tayyorlanadi; bu gilam va notoʻqima "
                "material ishlab chiqaruvchilari uchun qulay mahsulot."
            ),
            ru=(
                "Формованное напольное покрытие из тафтингового или иглопробивного полиэфира с "
                "тяжёлым слоем или войлоком для шумоизоляции. Изготавливается термоформованием "
                "рулонного ковролина в обогреваемом прессе, обрезкой водной струёй и приклейкой "
                "креплений; доступный продукт для производителей ковров и нетканых материалов."
            ),
            en=(
                "Moulded floor carpet of tufted or needle-punched polyester with a heavy-layer or "
                "felt backing for sound insulation. It is made by thermoforming carpet roll goods "
                "in a heated press, water-jet trimming and gluing on the fasteners, an accessible "
                "product for carpet and nonwoven makers."
            ),
        ),
        hs_code="5703390000",
        art="fabric_roll",
        unit="pcs",
        unit_price_usd=25.0,
        yearly_quantity=35_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker", "onix"),
        specs=(
            Spec(
                name=Tr("Sirt zichligi", "Поверхностная плотность", "Mass per area"),
                values=("550 g/m²", "550 g/m²", "450 g/m²", "650 g/m²"),
            ),
            Spec(
                name=Tr("Shovqin yutuvchi qatlam", "Шумоизоляционный слой", "Acoustic layer"),
                values=("EVA 2 kg/m²", "PET 800 g/m²"),
            ),
            Spec(Tr("Massasi", "Масса", "Weight"), ("4.2 kg", "4.0 kg", "4.6 kg", "3.5 kg")),
        ),
        materials=(
            Tr("Poliefir gilam materiali", "Полиэфирный ковролин", "Polyester carpet"),
            Tr("EVA ogʻir qatlam", "Тяжёлый слой EVA", "EVA heavy layer"),
            Tr("PET namat", "Войлок из ПЭТ", "PET felt"),
        ),
        processes=(
            Tr("Termoshakllantirish", "Термоформование", "Thermoforming"),
            Tr("Suv oqimi bilan kesish", "Гидроабразивная обрезка", "Water-jet trimming"),
        ),
        capabilities=("textiles", "extrusion"),
        countries=("KR", "CN", "TR"),
        variants=4,
    ),
    PartType(
        key="seat_belt",
        category="interior",
        kind="component",
        name=Tr("Xavfsizlik kamari", "Ремень безопасности", "Seat belt assembly"),
        description=Tr(
            uz=(
                "Lenta, tortib oluvchi qurilma, qulf va ankerli plastinalardan iborat uch nuqtali "
                "inersion xavfsizlik kamari. Poliefir lentani toʻqish mahalliy toʻqimachilik "
                "sohasiga mos keladi, tortib oluvchi qurilmalar esa aniq shtamplash, prujinalar va "
                "yigʻishni talab qiladi; buyum toʻliq holda BMTning 16-sonli qoidasi boʻyicha "
                "dinamik sinovdan oʻtishi shart."
            ),
            ru=(
                "Трёхточечный инерционный ремень безопасности с лентой, втягивающим устройством, "
                "замком и анкерными пластинами. Ткачество полиэфирной ленты подходит местной "
                "текстильной отрасли, втягивающие устройства требуют точной штамповки, пружин и "
                "сборки, а изделие в целом должно пройти динамические испытания по Правилам ООН № "
                "16."
            ),
            en=(
                "Three-point inertia-reel seat belt with webbing, retractor, buckle and anchor "
                "plates. Weaving the polyester webbing fits the local textile industry, retractors "
                "need precision stamping, springs and assembly, and the complete belt must pass "
                "dynamic tests under UN Regulation No. 16."
            ),
        ),
        hs_code="8708219009",
        art="fabric_roll",
        unit="pcs",
        unit_price_usd=16.0,
        yearly_quantity=70_000,
        vehicles=("cobalt", "nexia", "spark", "damas", "isuzu_npr82", "gentra", "tracker"),
        specs=(
            Spec(
                name=Tr("Mahkamlash nuqtalari", "Точки крепления", "Anchorage points"),
                values=("3", "3", "3", "3", "2"),
            ),
            Spec(Tr("Lenta eni", "Ширина ленты", "Webbing width"), ("48 mm",)),
            Spec(
                name=Tr(
                    uz="Lentaning uzilish kuchi",
                    ru="Разрывная нагрузка ленты",
                    en="Webbing breaking force",
                ),
                values=("≥ 26.7 kN",),
            ),
            Spec(Tr("Muvofiqlik", "Соответствие", "Compliance"), ("UN R16",)),
        ),
        materials=(
            Tr("Poliefir lenta", "Полиэфирная лента", "Polyester webbing"),
            Tr("Poʻlat list", "Стальной лист", "Steel sheet"),
            Tr("Spiral prujina", "Спиральная пружина", "Clock spring"),
        ),
        processes=(
            Tr("Lenta toʻqish", "Ткачество ленты", "Webbing weaving"),
            Tr("Shtamplash", "Штамповка", "Stamping"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("textiles", "stamping", "springs", "assembly"),
        countries=("KR", "CN", "TR"),
        variants=5,
    ),
    # -------------------- glass_lighting
    PartType(
        key="windscreen",
        category="glass_lighting",
        kind="component",
        name=Tr("Old oyna (tripleks)", "Ветровое стекло (триплекс)", "Windscreen (laminated)"),
        description=Tr(
            uz=(
                "Ikki qatlam shisha va PVB plyonkadan iborat, kuzov shakliga egilgan koʻp qatlamli "
                "xavfsiz old oyna. Old oynalar liniyasi uchun flot-shisha, kesish va chetlarini "
                "jilvirlash, egish pechlari, toza xonada PVB bilan yopishtirish va avtoklav hamda "
                "BMTning 43-sonli qoidasi boʻyicha sertifikatlash kerak."
            ),
            ru=(
                "Многослойное безопасное ветровое стекло из двух листов стекла с плёнкой PVB, "
                "изогнутое по форме кузова. Для линии ветровых стёкол нужны флоат-стекло, резка и "
                "шлифовка кромки, печи моллирования, склейка с PVB в чистом помещении и автоклав, "
                "а также сертификация по Правилам ООН № 43."
            ),
            en=(
                "Laminated safety windscreen of two glass plies and a PVB interlayer, bent to the "
                "body shape. A windscreen line needs float glass, cutting and edge grinding, "
                "bending furnaces, PVB lamination in a clean room and an autoclave, plus approval "
                "under UN Regulation No. 43."
            ),
        ),
        hs_code="7007212001",
        art="glass_panel",
        unit="pcs",
        unit_price_usd=70.0,
        yearly_quantity=20_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "damas", "isuzu_npr82", "tracker", "onix"),
        specs=(
            Spec(
                name=Tr("Oʻlchami", "Размер", "Size"),
                values=(
                    "1460×890 mm",
                    "1400×850 mm",
                    "1430×870 mm",
                    "1330×800 mm",
                    "1250×760 mm",
                    "1850×830 mm",
                ),
            ),
            Spec(Tr("Qatlamlar", "Структура", "Build-up"), ("2.1 + 0.76 + 2.1 mm",)),
            Spec(
                name=Tr("Yorugʻlik oʻtkazuvchanligi", "Светопропускание", "Light transmission"),
                values=("≥ 75 %",),
            ),
            Spec(Tr("Muvofiqlik", "Соответствие", "Compliance"), ("UN R43",)),
        ),
        materials=(
            Tr("Flot-shisha", "Флоат-стекло", "Float glass"),
            Tr("PVB plyonka", "Плёнка PVB", "PVB interlayer"),
        ),
        processes=(
            Tr(
                uz="Kesish va chetlarini jilvirlash",
                ru="Резка и шлифовка кромки",
                en="Cutting and edge grinding",
            ),
            Tr("Egish", "Моллирование", "Bending"),
            Tr("Laminatlash va avtoklav", "Ламинирование и автоклав", "Lamination and autoclave"),
        ),
        capabilities=("glass", "assembly"),
        countries=("CN", "KR", "RU", "CZ"),
        variants=6,
    ),
    PartType(
        key="side_glass",
        category="glass_lighting",
        kind="component",
        name=Tr("Yon eshik oynasi", "Стекло боковой двери", "Side door glass"),
        description=Tr(
            uz=(
                "Chetlari jilvirlangan, egilgan toblangan yon eshik oynasi. Toblash liniyasi old "
                "oyna liniyasidan soddaroq: kesish, chetlarini jilvirlash, qizdirib egish va havo "
                "bilan tez sovutish hamda sinish xarakteriga sinash; belgilar shelkografiya bilan "
                "toblashdan oldin tushiriladi."
            ),
            ru=(
                "Закалённое гнутое стекло боковой двери со шлифованной кромкой. Линия закалки "
                "проще линии ветровых стёкол: резка, шлифовка кромки, нагрев и моллирование с "
                "резким воздушным охлаждением и испытания на характер разрушения; маркировка "
                "наносится шелкографией до закалки."
            ),
            en=(
                "Tempered, curved side door glass with ground edges. A tempering line is simpler "
                "than a windscreen line: cutting, edge grinding, heating and bending with rapid "
                "air quenching, and fragmentation tests; markings are screen-printed before "
                "tempering."
            ),
        ),
        hs_code="7007111009",
        art="glass_panel",
        unit="pcs",
        unit_price_usd=15.0,
        yearly_quantity=50_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "tracker"),
        specs=(
            Spec(Tr("Qalinligi", "Толщина", "Thickness"), ("3.5 mm", "3.5 mm", "4.0 mm", "3.2 mm")),
            Spec(
                name=Tr("Yorugʻlik oʻtkazuvchanligi", "Светопропускание", "Light transmission"),
                values=("≥ 70 %",),
            ),
            Spec(Tr("Muvofiqlik", "Соответствие", "Compliance"), ("UN R43",)),
        ),
        materials=(
            Tr("Flot-shisha", "Флоат-стекло", "Float glass"),
            Tr("Shelkografiya boʻyogʻi", "Краска для шелкографии", "Ceramic frit ink"),
        ),
        processes=(
            Tr(
                uz="Kesish va chetlarini jilvirlash",
                ru="Резка и шлифовка кромки",
                en="Cutting and edge grinding",
            ),
            Tr("Egish va toblash", "Моллирование и закалка", "Bending and tempering"),
        ),
        capabilities=("glass", "heat_treatment"),
        countries=("CN", "KR", "RU"),
        variants=4,
    ),
    PartType(
        key="headlamp",
        category="glass_lighting",
        kind="component",
        name=Tr("Old fara", "Передняя фара", "Headlamp"),
        description=Tr(
            uz=(
                "Polikarbonat tarqatgichli, metallashtirilgan qaytargichli galogen yoki LED old "
                "fara. Bunda polikarbonat tarqatgichni quyish va qattiq qoplama surtish, "
                "qaytargichni vakuumda metallashtirish, tarqatgichni korpusga payvandlash va BMT "
                "qoidalari boʻyicha fotometrik sinovlar talab qilinadi."
            ),
            ru=(
                "Галогенная или светодиодная фара с поликарбонатным рассеивателем и "
                "металлизированным отражателем. Требуются литьё поликарбоната и нанесение твёрдого "
                "покрытия, вакуумная металлизация отражателя, приварка рассеивателя к корпусу и "
                "фотометрические испытания по Правилам ООН."
            ),
            en=(
                "Halogen or LED headlamp with a polycarbonate lens and a metallised reflector. It "
                "involves moulding and hard-coating the polycarbonate lens, vacuum metallising the "
                "reflector, welding the lens to the housing and photometric testing under UN "
                "regulations."
            ),
        ),
        hs_code="8512200009",
        art="headlamp",
        unit="pcs",
        unit_price_usd=66.0,
        yearly_quantity=25_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "damas", "tracker", "isuzu_npr82", "onix"),
        specs=(
            Spec(
                name=Tr("Yorugʻlik manbai", "Источник света", "Light source"),
                values=("H4", "H4", "H7 + H1", "H4", "H4", "LED"),
            ),
            Spec(Tr("Tarqatgich materiali", "Материал рассеивателя", "Lens material"), ("PC",)),
            Spec(Tr("Kuchlanish", "Напряжение", "Voltage"), ("12 V",)),
        ),
        materials=(
            Tr("Polikarbonat", "Поликарбонат", "Polycarbonate"),
            Tr("PP-TD korpus", "Корпус из PP-TD", "PP-TD housing"),
            Tr(
                uz="Alyuminiy bugʻlatish qoplamasi",
                ru="Вакуумное алюминирование",
                en="Vacuum-deposited aluminium",
            ),
        ),
        processes=(
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr("Vakuumda metallashtirish", "Вакуумная металлизация", "Vacuum metallising"),
            Tr(
                uz="Korpus va tarqatgichni payvandlash",
                ru="Сварка корпуса с рассеивателем",
                en="Lens-to-housing welding",
            ),
            Tr("Fotometrik sinov", "Фотометрические испытания", "Photometric testing"),
        ),
        capabilities=("plastic_injection", "electronics", "assembly"),
        countries=("KR", "CN", "CZ"),
        variants=6,
    ),
    PartType(
        key="tail_lamp",
        category="glass_lighting",
        kind="component",
        name=Tr("Orqa chiroq", "Задний фонарь", "Tail lamp"),
        description=Tr(
            uz=(
                "Toʻxtash signali, gabarit, burilish koʻrsatkichi va orqaga yurish funksiyalariga "
                "ega orqa kombinatsiyalangan chiroq. Ishlab chiqarish uchun PMMA tarqatgichlarni "
                "koʻp rangli quyish, ABS korpus, payvandlash yoki yopishtirish hamda lampali yoki "
                "LED plata kerak; bu tajribali plastmassa quyish korxonasi uchun yaxshi qadam."
            ),
            ru=(
                "Задний комбинированный фонарь с функциями стоп-сигнала, габарита, указателя "
                "поворота и заднего хода. Для производства нужны многоцветное литьё рассеивателей "
                "из ПММА, корпус из ABS, сварка или склейка и ламповая либо светодиодная плата; "
                "хороший шаг для опытного литейщика пластмасс."
            ),
            en=(
                "Rear combination lamp with stop, tail, direction indicator and reversing "
                "functions. It needs multi-colour moulding of PMMA lenses, an ABS housing, welding "
                "or gluing, and a bulb or LED board; it is a good step for an experienced plastics "
                "moulder."
            ),
        ),
        hs_code="8512200009",
        art="headlamp",
        unit="pcs",
        unit_price_usd=30.0,
        yearly_quantity=30_000,
        vehicles=("cobalt", "nexia", "spark", "tracker", "isuzu_citibus", "gentra", "man_tgs"),
        specs=(
            Spec(
                name=Tr("Yorugʻlik manbai", "Источник света", "Light source"),
                values=("P21W + W5W", "P21W + W5W", "P21/5W", "LED", "P21W + R10W"),
            ),
            Spec(
                name=Tr("Kuchlanish", "Напряжение", "Voltage"),
                values=("12 V", "12 V", "12 V", "12 V", "24 V"),
            ),
            Spec(Tr("Muvofiqlik", "Соответствие", "Compliance"), ("UN R6, R7, R23",)),
        ),
        materials=(
            Tr("PMMA", "ПММА", "PMMA"),
            Tr("ABS plastik", "АБС-пластик", "ABS plastic"),
            Tr("Elektron komponentlar", "Электронные компоненты", "Electronic components"),
        ),
        processes=(
            Tr("Koʻp rangli quyish", "Многоцветное литьё", "Multi-shot moulding"),
            Tr("Payvandlash yoki yopishtirish", "Сварка или склейка", "Welding or gluing"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("plastic_injection", "electronics", "assembly"),
        countries=("KR", "CN", "TR"),
        variants=5,
    ),
    PartType(
        key="fog_lamp",
        category="glass_lighting",
        kind="component",
        name=Tr("Tumanga qarshi fara", "Противотуманная фара", "Fog lamp"),
        description=Tr(
            uz=(
                "Shisha yoki polikarbonat tarqatgichli, H11 lampa yoki LED modulga ega oldingi "
                "tumanga qarshi fara. Bu fara texnologiyasining ixcham varianti: qaytargichni "
                "metallashtirish, tarqatgichni quyish, germetiklash va fotometrik sozlash; "
                "birinchi yoritish mahsuloti sifatida mos keladi."
            ),
            ru=(
                "Передняя противотуманная фара со стеклянным или поликарбонатным рассеивателем и "
                "лампой H11 или светодиодным модулем. Это компактный вариант технологии фар: "
                "металлизация отражателя, литьё рассеивателя, герметизация и фотометрическая "
                "регулировка; подходит как первый светотехнический продукт."
            ),
            en=(
                "Front fog lamp with a glass or polycarbonate lens and an H11 bulb or LED module. "
                "It is a compact version of the headlamp process: reflector metallising, lens "
                "moulding, sealing and photometric aiming, suitable as a first lighting product."
            ),
        ),
        hs_code="8512200009",
        art="headlamp",
        unit="pcs",
        unit_price_usd=20.0,
        yearly_quantity=15_000,
        vehicles=("cobalt", "gentra", "tracker", "man_tgs", "onix"),
        specs=(
            Spec(
                name=Tr("Yorugʻlik manbai", "Источник света", "Light source"),
                values=("H11", "H27W/1", "LED", "H3"),
            ),
            Spec(Tr("Kuchlanish", "Напряжение", "Voltage"), ("12 V", "12 V", "12 V", "24 V")),
            Spec(Tr("Himoya darajasi", "Степень защиты", "Ingress protection"), ("IP67",)),
        ),
        materials=(
            Tr("Polikarbonat", "Поликарбонат", "Polycarbonate"),
            Tr("Flot-shisha", "Флоат-стекло", "Float glass"),
            Tr("PBT korpus", "Корпус из PBT", "PBT housing"),
        ),
        processes=(
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr("Vakuumda metallashtirish", "Вакуумная металлизация", "Vacuum metallising"),
            Tr("Germetiklash", "Герметизация", "Sealing"),
        ),
        capabilities=("plastic_injection", "glass", "electronics"),
        countries=("CN", "KR", "TR"),
        variants=4,
    ),
    PartType(
        key="halogen_bulb",
        category="glass_lighting",
        kind="component",
        name=Tr("Galogen fara lampasi", "Галогенная лампа фары", "Halogen headlamp bulb"),
        description=Tr(
            uz=(
                "Faralar uchun galogen choʻgʻlanma lampa, eng koʻp almashtiriladigan detallardan "
                "biri. Uni tayyorlash uchun kvars shishadan kolba shakllantirish, choʻgʻlanma ipni "
                "aniq oʻrash, galogen gaz bilan toʻldirib kavsharlash va avtomatik liniyalarda "
                "sokolni qisish kerak; bu universal zavoddan koʻra ixtisoslashgan lampa ishlab "
                "chiqaruvchisiga mos."
            ),
            ru=(
                "Галогенная лампа накаливания для фар, одна из самых часто заменяемых деталей. Для "
                "её изготовления нужны формовка колбы из кварцевого стекла, точная навивка нити "
                "накала, наполнение галогенным газом и запайка, а также обжим цоколя на "
                "автоматических линиях; это продукт скорее для специализированного производителя "
                "ламп, чем для универсального завода."
            ),
            en=(
                "Tungsten-halogen bulb for headlamps, one of the most frequently replaced parts. "
                "Making it requires forming the quartz glass bulb, precision filament coiling, "
                "halogen gas filling and sealing, and base crimping on automated lines; it suits a "
                "specialist lamp maker more than a general plant."
            ),
        ),
        hs_code="8539213000",
        art="bulb",
        unit="pcs",
        unit_price_usd=1.6,
        yearly_quantity=200_000,
        vehicles=(),
        specs=(
            Spec(Tr("Turi", "Тип", "Type"), ("H4, 12 V", "H7, 12 V", "H4, 24 V", "H1, 24 V")),
            Spec(Tr("Quvvati", "Мощность", "Power"), ("60/55 W", "55 W", "75/70 W", "70 W")),
            Spec(Tr("Sokol", "Цоколь", "Base"), ("P43t", "PX26d", "P43t", "P14.5s")),
        ),
        materials=(
            Tr("Kvars shisha", "Кварцевое стекло", "Quartz glass"),
            Tr("Volfram sim", "Вольфрамовая проволока", "Tungsten wire"),
            Tr("Galogen gaz aralashmasi", "Галогенная газовая смесь", "Halogen gas fill"),
        ),
        processes=(
            Tr("Kolba shakllantirish", "Формовка колбы", "Bulb forming"),
            Tr("Choʻgʻlanma ipni oʻrash", "Навивка нити накала", "Filament coiling"),
            Tr(
                uz="Gaz toʻldirish va kavsharlash",
                ru="Наполнение газом и запайка",
                en="Gas filling and sealing",
            ),
        ),
        capabilities=("glass", "electronics", "assembly"),
        countries=("CN", "DE", "KR"),
        variants=4,
    ),
    PartType(
        key="outside_mirror",
        category="glass_lighting",
        kind="component",
        name=Tr(
            uz="Tashqi orqani koʻrish koʻzgusi",
            ru="Наружное зеркало заднего вида",
            en="Outside rear-view mirror",
        ),
        description=Tr(
            uz=(
                "Eshikka oʻrnatiladigan tashqi orqani koʻrish koʻzgusi: korpus, asos, rostlash "
                "mexanizmi va qavariq koʻzgu elementi, qoʻlda yoki elektr bilan rostlanadi. U "
                "ABS/ASA detallarni quyish va boʻyash, egilgan shishani kumushlash yoki xromlash, "
                "elektr yuritma va simlarni yigʻish hamda BMTning 46-sonli qoidasi boʻyicha "
                "tebranish sinovlarini birlashtiradi."
            ),
            ru=(
                "Наружное зеркало заднего вида на двери: корпус, основание, механизм регулировки и "
                "выпуклый зеркальный элемент, с ручной или электрической регулировкой. Объединяет "
                "литьё и окраску деталей из ABS/ASA, серебрение или хромирование гнутого стекла, "
                "сборку с электроприводом и проводкой и вибрационные испытания по Правилам ООН № "
                "46."
            ),
            en=(
                "Door-mounted rear-view mirror with housing, base, adjuster and convex mirror "
                "glass, adjusted by hand or electrically. It brings together ABS/ASA moulding and "
                "painting, silvering or chroming of bent glass, assembly of the motor and wiring, "
                "and vibration tests under UN Regulation No. 46."
            ),
        ),
        hs_code="7009100000",
        art="mirror",
        unit="pcs",
        unit_price_usd=27.0,
        yearly_quantity=40_000,
        vehicles=("cobalt", "nexia", "gentra", "spark", "damas", "tracker", "isuzu_npr82"),
        specs=(
            Spec(
                name=Tr("Koʻzgu oʻlchami", "Размер зеркального элемента", "Mirror glass size"),
                values=("165×95 mm", "160×90 mm", "175×100 mm", "150×85 mm", "140×90 mm"),
            ),
            Spec(
                name=Tr("Egrilik radiusi", "Радиус кривизны", "Radius of curvature"),
                values=("R 1400 mm", "R 1200 mm"),
            ),
            Spec(Tr("Muvofiqlik", "Соответствие", "Compliance"), ("UN R46",)),
        ),
        materials=(
            Tr("ABS/ASA plastik", "Пластик ABS/ASA", "ABS/ASA plastic"),
            Tr("Flot-shisha", "Флоат-стекло", "Float glass"),
            Tr("Elektr yuritma", "Электропривод", "Adjuster motor"),
        ),
        processes=(
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr("Boʻyash", "Окраска", "Painting"),
            Tr("Shishani kumushlash", "Серебрение стекла", "Glass silvering"),
            Tr(
                uz="Yigʻish va nazorat sinovi",
                ru="Сборка и контрольные испытания",
                en="Assembly and end-of-line testing",
            ),
        ),
        capabilities=("plastic_injection", "glass", "painting", "assembly"),
        countries=("KR", "CN", "TR"),
        variants=5,
    ),
    # -------------------- raw_materials
    PartType(
        key="cold_rolled_steel",
        category="raw_materials",
        kind="raw_material",
        name=Tr(
            uz="Sovuq holda prokatlangan poʻlat rulon",
            ru="Холоднокатаная сталь в рулонах",
            en="Cold-rolled steel coil",
        ),
        description=Tr(
            uz=(
                "Kuzov va shassi detallarini chuqur choʻzib shtamplash uchun sovuq holda "
                "prokatlangan kam uglerodli poʻlat rulon. Oʻzbekiston uni kuzovlar va butlovchi "
                "qismlar yetkazib beruvchilari uchun katta hajmda import qiladi; mamlakatda ishlab "
                "chiqarish uchun uzluksiz yumshatish agregatli sovuq prokat stani va avtomobil "
                "darajasidagi sirt sifati kerak."
            ),
            ru=(
                "Холоднокатаная низкоуглеродистая сталь в рулонах для глубокой вытяжки кузовных и "
                "шассийных деталей. Узбекистан импортирует её большими тоннажами для кузовов и "
                "поставщиков компонентов; для отечественного производства нужен стан холодной "
                "прокатки с агрегатом непрерывного отжига и качество поверхности автомобильного "
                "уровня."
            ),
            en=(
                "Cold-rolled low-carbon steel coil for deep-drawn body and chassis stampings. "
                "Uzbekistan imports it in large tonnages for car bodies and component suppliers; "
                "domestic supply would need a cold-rolling mill with continuous annealing and "
                "automotive surface quality."
            ),
        ),
        hs_code="7209179000",
        art="steel_coil",
        unit="t",
        unit_price_usd=780.0,
        yearly_quantity=20_000,
        vehicles=(),
        specs=(
            Spec(Tr("Qalinligi", "Толщина", "Thickness"), ("0.7 mm", "0.8 mm", "1.0 mm", "1.5 mm")),
            Spec(Tr("Markasi", "Марка", "Grade"), ("DC04", "DC05", "DC06", "HC260LA")),
            Spec(Tr("Eni", "Ширина", "Width"), ("1250 mm", "1500 mm", "1650 mm", "1250 mm")),
            Spec(Tr("Rulon massasi", "Масса рулона", "Coil weight"), ("10-20 t",)),
        ),
        materials=(Tr("Kam uglerodli poʻlat", "Низкоуглеродистая сталь", "Low-carbon steel"),),
        processes=(
            Tr("Sovuq prokatlash", "Холодная прокатка", "Cold rolling"),
            Tr("Uzluksiz yumshatish", "Непрерывный отжиг", "Continuous annealing"),
            Tr("Uzunasiga kesish", "Продольная резка", "Slitting"),
        ),
        capabilities=("stamping", "heat_treatment"),
        countries=("RU", "KZ", "KR", "CN"),
        variants=4,
    ),
    PartType(
        key="galvanised_steel",
        category="raw_materials",
        kind="raw_material",
        name=Tr("Ruxlangan poʻlat rulon", "Оцинкованная сталь в рулонах", "Galvanised steel coil"),
        description=Tr(
            uz=(
                "Korroziyadan himoya talab qilinadigan tashqi panellar, eshiklar va tag qism "
                "detallari uchun issiq usulda ruxlangan yoki galvanillangan poʻlat rulon. Mahalliy "
                "ishlab chiqarish uzluksiz ruxlash va dressirovka liniyasini hamda sirtni qatʼiy "
                "nazorat qilishni talab qiladi; hozircha servis markazlari uzunasiga kesish va "
                "zagotovka kesib olish orqali qoʻshimcha qiymat yarata oladi."
            ),
            ru=(
                "Горячеоцинкованная или отожжённая оцинкованная сталь в рулонах для наружных "
                "панелей, дверей и деталей днища, требующих защиты от коррозии. Собственный выпуск "
                "потребует линии непрерывного цинкования с дрессировкой и строгим контролем "
                "поверхности; пока местные сервисные центры могут добавлять стоимость продольной "
                "резкой и вырубкой заготовок."
            ),
            en=(
                "Hot-dip galvanised or galvannealed steel coil for outer panels, doors and "
                "underbody parts that need corrosion protection. Local production would mean a "
                "continuous galvanising line with skin pass and strict surface inspection; "
                "meanwhile local service centres can add value by slitting and blanking."
            ),
        ),
        hs_code="7210490009",
        art="steel_coil",
        unit="t",
        unit_price_usd=960.0,
        yearly_quantity=15_000,
        vehicles=(),
        specs=(
            Spec(Tr("Qalinligi", "Толщина", "Thickness"), ("0.65 mm", "0.7 mm", "0.8 mm")),
            Spec(Tr("Markasi", "Марка", "Grade"), ("DX54D", "HX180BD", "DX56D")),
            Spec(
                name=Tr("Rux qoplamasi", "Цинковое покрытие", "Zinc coating"),
                values=("Z100", "Z140", "ZF90"),
            ),
        ),
        materials=(
            Tr("Kam uglerodli poʻlat", "Низкоуглеродистая сталь", "Low-carbon steel"),
            Tr("Rux", "Цинк", "Zinc"),
        ),
        processes=(
            Tr(
                uz="Uzluksiz issiq ruxlash",
                ru="Непрерывное горячее цинкование",
                en="Continuous hot-dip galvanising",
            ),
            Tr("Dressirovka", "Дрессировка", "Skin passing"),
            Tr("Uzunasiga kesish", "Продольная резка", "Slitting"),
        ),
        capabilities=("stamping", "chemicals"),
        countries=("RU", "KR", "KZ", "CN"),
        variants=3,
    ),
    PartType(
        key="pp_compound",
        category="raw_materials",
        kind="raw_material",
        name=Tr("Polipropilen kompaund", "Полипропиленовый компаунд", "Polypropylene compound"),
        description=Tr(
            uz=(
                "Bamperlar, asboblar paneli, salon bezaklari va akkumulyator korpuslari uchun talk "
                "yoki shisha tola bilan toʻldirilgan, zarbaga chidamli polipropilen kompaund. "
                "Asosiy polipropilen Oʻzbekistonda allaqachon ishlab chiqariladi, shuning uchun "
                "yetishmayotgan boʻgʻin kompaundlash: ikki shnekli ekstruderlar, toʻldiruvchilar, "
                "elastomer modifikatorlar, boʻyovchi superkonsentratlar va laboratoriya."
            ),
            ru=(
                "Ударопрочный полипропиленовый компаунд с тальком или стекловолокном для бамперов, "
                "панелей приборов, отделки салона и корпусов аккумуляторов. Базовый полипропилен в "
                "Узбекистане уже производится, поэтому недостающее звено — компаундирование: "
                "двухшнековые экструдеры, наполнители, эластомерные модификаторы, суперконцентраты "
                "красителей и лаборатория."
            ),
            en=(
                "Impact-modified polypropylene compound, talc- or glass-filled, for bumpers, "
                "instrument panels, interior trim and battery cases. Base polypropylene is already "
                "produced in Uzbekistan, so the missing link is compounding: twin-screw extruders, "
                "fillers, elastomer modifiers, colour masterbatch and a laboratory."
            ),
        ),
        hs_code="3902300000",
        art="granules",
        unit="t",
        unit_price_usd=1850.0,
        yearly_quantity=6000,
        vehicles=(),
        specs=(
            Spec(Tr("Markasi", "Марка", "Grade"), ("PP-EPDM-T20", "PP-TD15", "PP-GF30")),
            Spec(
                name=Tr(
                    uz="Erish oquvchanligi (230 °C)",
                    ru="Показатель текучести расплава (230 °C)",
                    en="Melt flow rate (230 °C)",
                ),
                values=("20 g/10 min", "12 g/10 min", "8 g/10 min"),
            ),
            Spec(Tr("Rangi", "Цвет", "Colour"), ("RAL 9005", "RAL 7043", "RAL 9005")),
        ),
        materials=(
            Tr("Polipropilen", "Полипропилен", "Polypropylene"),
            Tr("Talk yoki shisha tola", "Тальк или стекловолокно", "Talc or glass fibre"),
            Tr("Elastomer modifikator", "Эластомерный модификатор", "Elastomer modifier"),
        ),
        processes=(
            Tr(
                uz="Ikki shnekli ekstruderda kompaundlash",
                ru="Компаундирование на двухшнековом экструдере",
                en="Twin-screw compounding",
            ),
            Tr("Granulalash", "Грануляция", "Pelletising"),
            Tr("Laboratoriya sinovlari", "Лабораторные испытания", "Laboratory testing"),
        ),
        capabilities=("extrusion", "chemicals"),
        countries=("KR", "DE", "TR", "CN"),
        variants=3,
    ),
    PartType(
        key="abs_granules",
        category="raw_materials",
        kind="raw_material",
        name=Tr("ABS plastik granulalari", "Гранулы АБС-пластика", "ABS granules"),
        description=Tr(
            uz=(
                "Salon bezaklari, chiroq va koʻzgu korpuslari, radiator panjaralari uchun "
                "akrilonitril-butadiyen-stirol granulalari, jumladan galvanik xromlashga "
                "moʻljallangan markalari. ABS deyarli toʻliq import qilinadi; mahalliy qoʻshimcha "
                "qiymat tayyor detallarni quyish, boʻyash va galvanik qoplashdan hosil boʻladi."
            ),
            ru=(
                "Гранулы акрилонитрилбутадиенстирола для деталей интерьера, корпусов фонарей и "
                "зеркал, решёток радиатора, в том числе марки под гальваническое хромирование. АБС "
                "практически целиком импортируется; местная добавленная стоимость создаётся "
                "литьём, окраской и гальваникой готовых деталей."
            ),
            en=(
                "Acrylonitrile-butadiene-styrene granules for interior trim, lamp and mirror "
                "housings and radiator grilles, including plating grades. Practically all ABS is "
                "imported; local value is added by moulding, painting and plating the finished "
                "parts."
            ),
        ),
        hs_code="3903300000",
        art="granules",
        unit="t",
        unit_price_usd=2100.0,
        yearly_quantity=2500,
        vehicles=(),
        specs=(
            Spec(
                name=Tr(
                    uz="Erish oquvchanligi (220 °C)",
                    ru="Показатель текучести расплава (220 °C)",
                    en="Melt flow rate (220 °C)",
                ),
                values=("MFR 18 g/10 min", "MFR 22 g/10 min", "MFR 12 g/10 min"),
            ),
            Spec(
                name=Tr(
                    uz="Vika boʻyicha yumshash harorati",
                    ru="Температура размягчения по Вика",
                    en="Vicat softening point",
                ),
                values=("98 °C", "104 °C", "112 °C"),
            ),
            Spec(
                name=Tr(
                    uz="Izod boʻyicha zarbiy qovushoqlik",
                    ru="Ударная вязкость по Изоду",
                    en="Izod impact strength",
                ),
                values=("22 kJ/m²", "20 kJ/m²", "18 kJ/m²"),
            ),
        ),
        materials=(
            Tr(
                uz="Akrilonitril-butadiyen-stirol",
                ru="Акрилонитрилбутадиенстирол",
                en="Acrylonitrile butadiene styrene",
            ),
        ),
        processes=(
            Tr(
                uz="Plastmassani bosim ostida quyish",
                ru="Литьё пластмасс под давлением",
                en="Injection moulding",
            ),
            Tr("Boʻyash", "Окраска", "Painting"),
            Tr("Galvanik xromlash", "Гальваническое хромирование", "Chrome plating"),
        ),
        capabilities=("plastic_injection", "chemicals"),
        countries=("KR", "CN", "DE"),
        variants=3,
    ),
    PartType(
        key="pvc_plastisol",
        category="raw_materials",
        kind="raw_material",
        name=Tr("PVX plastizol", "ПВХ-пластизоль", "PVC plastisol"),
        description=Tr(
            uz=(
                "Boʻyash sexida kuzov tagini himoya qilish va choklarni germetiklash uchun "
                "purkaladigan va pechda qotiriladigan PVX plastizol pastasi. U emulsion PVX, "
                "plastifikator, toʻldiruvchilar va adgeziya promotorlari aralashmasidan iborat, "
                "shuning uchun aralashtirish va degazatsiya uskunalariga ega mahalliy kimyo zavodi "
                "uni yetkazib bera oladi."
            ),
            ru=(
                "Пастообразный ПВХ-пластизоль, который в окрасочном цехе наносят распылением как "
                "защиту днища и герметик швов и отверждают в печи. Это смесь эмульсионного ПВХ, "
                "пластификатора, наполнителей и промоторов адгезии, поэтому его может выпускать "
                "отечественный химический завод с оборудованием для смешивания и дегазации."
            ),
            en=(
                "PVC plastisol paste sprayed in the paint shop as underbody protection and seam "
                "sealing, then cured in the oven. It is a blend of emulsion PVC, plasticiser, "
                "fillers and adhesion promoters, so a domestic chemical plant with mixing and "
                "degassing equipment could supply it."
            ),
        ),
        hs_code="3904220000",
        art="canister",
        unit="t",
        unit_price_usd=1650.0,
        yearly_quantity=2500,
        vehicles=(),
        specs=(
            Spec(Tr("Zichligi", "Плотность", "Density"), ("1.30 g/cm³", "1.45 g/cm³")),
            Spec(Tr("Qovushqoqligi", "Вязкость", "Viscosity"), ("20 Pa·s", "35 Pa·s")),
            Spec(
                name=Tr("Qotish rejimi", "Режим отверждения", "Curing"),
                values=("20 min / 140 °C", "20 min / 160 °C"),
            ),
        ),
        materials=(
            Tr("Emulsion PVX", "Эмульсионный ПВХ", "Emulsion PVC"),
            Tr("Plastifikator", "Пластификатор", "Plasticiser"),
            Tr("Kalsiy karbonat", "Карбонат кальция", "Calcium carbonate"),
        ),
        processes=(
            Tr("Vakuumda aralashtirish", "Смешивание под вакуумом", "Vacuum mixing"),
            Tr("Degazatsiya", "Дегазация", "Degassing"),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
        ),
        capabilities=("chemicals",),
        countries=("DE", "KR", "CN", "TR"),
        variants=2,
    ),
    PartType(
        key="epdm_compound",
        category="raw_materials",
        kind="raw_material",
        name=Tr("EPDM rezina aralashmasi", "Резиновая смесь EPDM", "EPDM rubber compound"),
        description=Tr(
            uz=(
                "Eshik zichlagichlari, patrubkalar, vtulkalar va saylentbloklar uchun lenta yoki "
                "plastina shaklida yetkaziladigan, qoliplashga tayyor EPDM rezina aralashmasi. "
                "Tayyor aralashmani sotib olish kichik korxonalarga oʻz aralashtirish "
                "uchastkasisiz ishni boshlash imkonini beradi; mintaqaviy rezina zavodi uchun "
                "keyingi qadam oʻz rezina aralashtirgichi va reometrik laboratoriyasi."
            ),
            ru=(
                "Готовая к формованию резиновая смесь на основе EPDM в виде ленты или пластин для "
                "уплотнителей дверей, патрубков, втулок и сайлентблоков. Покупная смесь позволяет "
                "небольшим предприятиям начать формование без своего смесительного участка; "
                "следующий шаг для регионального резинового завода — собственный резиносмеситель и "
                "реометрическая лаборатория."
            ),
            en=(
                "Ready-to-mould EPDM rubber compound, supplied as strip or slabs, for door seals, "
                "hoses, grommets and bushings. Buying compound lets small moulders start without a "
                "mixing room; the next step for a regional rubber plant is its own internal mixer "
                "and a rheometer lab."
            ),
        ),
        hs_code="4005100000",
        art="granules",
        unit="t",
        unit_price_usd=2900.0,
        yearly_quantity=800,
        vehicles=(),
        specs=(
            Spec(
                name=Tr("Qattiqligi", "Твёрдость", "Hardness"),
                values=("60 Shore A", "70 Shore A", "80 Shore A"),
            ),
            Spec(
                name=Tr("Ishchi harorat", "Рабочая температура", "Service temperature"),
                values=("-40…+120 °C", "-40…+120 °C", "-40…+150 °C"),
            ),
            Spec(
                name=Tr("Zichligi", "Плотность", "Density"),
                values=("1.10 g/cm³", "1.18 g/cm³", "1.25 g/cm³"),
            ),
        ),
        materials=(
            Tr("EPDM kauchuk", "Каучук EPDM", "EPDM polymer"),
            Tr("Texnik uglerod", "Технический углерод", "Carbon black"),
            Tr("Parafin moyi", "Парафиновое масло", "Paraffinic oil"),
        ),
        processes=(
            Tr(
                uz="Rezina aralashtirgichda aralashtirish",
                ru="Смешение в резиносмесителе",
                en="Internal mixing",
            ),
            Tr("Reometrik nazorat", "Реометрический контроль", "Rheometer testing"),
        ),
        capabilities=("rubber", "chemicals"),
        countries=("DE", "KR", "CN", "RU"),
        variants=3,
    ),
    PartType(
        key="aluminium_ingot",
        category="raw_materials",
        kind="raw_material",
        name=Tr("Alyuminiy qotishma quymasi", "Чушка алюминиевого сплава", "Aluminium alloy ingot"),
        description=Tr(
            uz=(
                "Quyma korpuslar, silindrlar kallagi, porshenlar va gʻildiraklar uchun birlamchi "
                "va ikkilamchi quyma alyuminiy qotishmalari. Lomni qayta eritib, kimyoviy "
                "tarkibini spektrometr nazorati ostida EN 1676 talablariga yetkazadigan mahalliy "
                "zavod bu importning katta qismi oʻrnini bosa oladi."
            ),
            ru=(
                "Первичные и вторичные литейные алюминиевые сплавы для литых корпусов, головок "
                "цилиндров, поршней и колёс. Местный завод, переплавляющий лом и доводящий "
                "химический состав до EN 1676 под контролем спектрометра, мог бы заместить "
                "значительную часть этого импорта."
            ),
            en=(
                "Primary and secondary aluminium casting alloys for die-cast housings, cylinder "
                "heads, pistons and wheels. A local plant that remelts scrap and refines it to EN "
                "1676 chemistry under spectrometer control could replace a large part of these "
                "imports."
            ),
        ),
        hs_code="7601208000",
        art="granules",
        unit="t",
        unit_price_usd=2650.0,
        yearly_quantity=4000,
        vehicles=(),
        specs=(
            Spec(Tr("Qotishma", "Сплав", "Alloy"), ("AlSi9Cu3(Fe)", "AlSi12Cu1(Fe)", "AlSi7Mg0.3")),
            Spec(Tr("Quyma massasi", "Масса чушки", "Ingot weight"), ("7 kg", "7 kg", "10 kg")),
            Spec(Tr("Standart", "Стандарт", "Standard"), ("EN 1676",)),
        ),
        materials=(
            Tr("Alyuminiy lomi", "Алюминиевый лом", "Aluminium scrap"),
            Tr("Kremniy va mis", "Кремний и медь", "Silicon and copper"),
        ),
        processes=(
            Tr("Eritish va tozalash", "Плавка и рафинирование", "Melting and refining"),
            Tr("Spektral tahlil", "Спектральный анализ", "Spectrometer analysis"),
            Tr("Quymalarga quyish", "Разливка в чушки", "Ingot casting"),
        ),
        capabilities=("casting", "chemicals"),
        countries=("RU", "KZ", "CN"),
        variants=3,
    ),
    PartType(
        key="copper_wire_rod",
        category="raw_materials",
        kind="raw_material",
        name=Tr("Mis katanka", "Медная катанка", "Copper wire rod"),
        description=Tr(
            uz=(
                "Elektrolitik misdan tayyorlangan katanka, avtomobil simlari va chulgʻamlarining "
                "ingichka koʻp tolali oʻzaklarini choʻzish uchun boshlangʻich xomashyo. Mis "
                "Oʻzbekistonda tozalanadi, shuning uchun imkoniyat keyingi bosqichlarda: ingichka "
                "choʻzish, yumshatish, eshish va ISO 6722 boʻyicha yupqa devorli izolyatsiya, ular "
                "hozir import sim koʻrinishida keladi."
            ),
            ru=(
                "Катанка из электролитической меди, исходное сырьё для волочения тонких "
                "многопроволочных жил автомобильных проводов и обмоток. Медь в Узбекистане "
                "рафинируется, поэтому возможность кроется в следующих переделах: тонком "
                "волочении, отжиге, скрутке и тонкостенной изоляции по ISO 6722, которые сейчас "
                "поступают в виде импортного провода."
            ),
            en=(
                "Electrolytic copper wire rod, the feedstock for drawing the fine stranded "
                "conductors of automotive cables and windings. Copper is refined in Uzbekistan, so "
                "the opportunity is in the next steps: fine wire drawing, annealing, stranding and "
                "thin-wall insulation to ISO 6722, which now arrive as imported cable."
            ),
        ),
        hs_code="7408110000",
        art="wire_spool",
        unit="t",
        unit_price_usd=9200.0,
        yearly_quantity=1500,
        vehicles=(),
        specs=(
            Spec(Tr("Diametri", "Диаметр", "Diameter"), ("Ø 8 mm", "Ø 12.5 mm")),
            Spec(Tr("Markasi", "Марка", "Grade"), ("Cu-ETP",)),
            Spec(
                name=Tr("Elektr oʻtkazuvchanligi", "Электропроводность", "Conductivity"),
                values=("≥ 101 % IACS",),
            ),
        ),
        materials=(Tr("Katod misi", "Катодная медь", "Copper cathode"),),
        processes=(
            Tr("Sim choʻzish", "Волочение", "Wire drawing"),
            Tr("Yumshatish", "Отжиг", "Annealing"),
            Tr("Eshish va izolyatsiyalash", "Скрутка и изолирование", "Stranding and insulating"),
        ),
        capabilities=("wiring", "extrusion"),
        countries=("KZ", "RU", "CN"),
        variants=2,
    ),
    PartType(
        key="glass_fibre",
        category="raw_materials",
        kind="raw_material",
        name=Tr("Shisha tola (roving)", "Стекловолокно (ровинг)", "Glass fibre roving"),
        description=Tr(
            uz=(
                "Shisha toʻldirilgan polipropilen va poliamid kompaundlari, SMC listli prepreglari "
                "va oʻrash usulida tayyorlanadigan buyumlar uchun E-shishadan roving. U avtobus "
                "kuzov panellari, akkumulyator tagliklari, havo oʻtkazgichlar kabi mahalliy "
                "kompozit detallarga yoʻl ochadi; tolaning oʻzini ishlab chiqarish katta kapital "
                "talab qiladi, shu sababli import saqlanib qolishi mumkin."
            ),
            ru=(
                "Прямой ровинг из E-стекла для стеклонаполненных компаундов на основе "
                "полипропилена и полиамида, листовых препрегов SMC и изделий намотки. Он открывает "
                "путь к местным композитным деталям: панелям кузова автобусов, поддонам "
                "аккумуляторов, воздуховодам; само производство волокна капиталоёмко, поэтому "
                "импорт, вероятно, сохранится."
            ),
            en=(
                "E-glass direct roving for glass-filled polypropylene and polyamide compounds, SMC "
                "sheet and filament-wound parts. It opens the way to local composite parts such as "
                "bus body panels, battery trays and air ducts; making the fibre itself is "
                "capital-intensive, so imports are likely to continue."
            ),
        ),
        hs_code="7019120000",
        art="wire_spool",
        unit="t",
        unit_price_usd=1150.0,
        yearly_quantity=600,
        vehicles=(),
        specs=(
            Spec(
                name=Tr("Chiziqli zichligi", "Линейная плотность", "Linear density"),
                values=("2400 tex", "4800 tex"),
            ),
            Spec(Tr("Shisha turi", "Тип стекла", "Glass type"), ("E-glass", "ECR")),
            Spec(Tr("Appret", "Замасливатель", "Sizing"), ("PP", "UP/VE")),
        ),
        materials=(
            Tr(
                uz="Alyumoborosilikat shisha",
                ru="Алюмоборосиликатное стекло",
                en="Alumino-borosilicate glass",
            ),
        ),
        processes=(
            Tr("Kompaundlash", "Компаундирование", "Compounding"),
            Tr("SMC presslash", "Прессование SMC", "SMC compression moulding"),
            Tr("Oʻrash", "Намотка", "Filament winding"),
        ),
        capabilities=("composites", "extrusion"),
        countries=("CN", "BY", "RU"),
        variants=2,
    ),
    PartType(
        key="ecoat_paint",
        category="raw_materials",
        kind="raw_material",
        name=Tr("Kataforez grunt boʻyogʻi", "Катафорезный грунт", "Cathodic e-coat paint"),
        description=Tr(
            uz=(
                "Suv asosidagi epoksid katod elektr choʻktirish boʻyogʻi, har bir kuzov va "
                "shassining koʻplab detallaridagi korroziyaga qarshi birinchi himoya qatlami. U "
                "bogʻlovchi emulsiya va pigment pastasi koʻrinishida yetkaziladi; uni litsenziya "
                "asosida mahalliy ishlab chiqarish mumkin, yetkazib beruvchilarda kataforez "
                "liniyalarining ochilishi esa talabni oshiradi."
            ),
            ru=(
                "Водоразбавляемая эпоксидная краска для катодного электроосаждения, первый "
                "антикоррозионный слой каждого кузова и многих деталей шасси. Поставляется в виде "
                "связующей эмульсии и пигментной пасты; возможен местный выпуск по лицензии, а "
                "катафорезные линии у местных поставщиков увеличат спрос."
            ),
            en=(
                "Water-borne epoxy cathodic electrodeposition paint, the first "
                "corrosion-protection layer of every car body and many chassis parts. It is "
                "supplied as binder emulsion and pigment paste; licensed local production is "
                "conceivable, and e-coat lines at local suppliers would raise demand."
            ),
        ),
        hs_code="3209900000",
        art="paint_can",
        unit="t",
        unit_price_usd=5200.0,
        yearly_quantity=900,
        vehicles=(),
        specs=(
            Spec(
                name=Tr("Qotish rejimi", "Режим отверждения", "Curing"),
                values=("20 min / 175 °C", "20 min / 160 °C"),
            ),
            Spec(Tr("Quruq qoldiq", "Сухой остаток", "Solids content"), ("20 %", "18 %")),
            Spec(Tr("Qatlam qalinligi", "Толщина плёнки", "Film thickness"), ("18-22 µm",)),
        ),
        materials=(
            Tr(
                uz="Epoksid bogʻlovchi emulsiya",
                ru="Эпоксидная связующая эмульсия",
                en="Epoxy binder emulsion",
            ),
            Tr("Pigment pastasi", "Пигментная паста", "Pigment paste"),
        ),
        processes=(
            Tr("Smola sintezi", "Синтез смолы", "Resin synthesis"),
            Tr("Dispersiyalash", "Диспергирование", "Dispersion"),
            Tr("Laboratoriya sinovlari", "Лабораторные испытания", "Laboratory testing"),
        ),
        capabilities=("chemicals", "painting"),
        countries=("DE", "KR", "TR", "CN"),
        variants=2,
    ),
    PartType(
        key="basecoat",
        category="raw_materials",
        kind="raw_material",
        name=Tr("Avtomobil bazis emali", "Базовая автоэмаль", "Automotive basecoat"),
        description=Tr(
            uz=(
                "Kuzovga rang va metallik effekt beruvchi, grunt ustidan robotlar bilan "
                "surtiladigan suv asosidagi bazis emal. Rang tanlash, kolerovka va sifat "
                "nazoratini import smolalar va effekt pigmentlaridan foydalanib mahalliy kolerovka "
                "korxonasida bajarish mumkin."
            ),
            ru=(
                "Водоразбавляемая базовая эмаль, придающая кузову цвет и эффект «металлик»; "
                "наносится роботами поверх грунта. Подбор цвета, колеровку и контроль качества "
                "может выполнять местное колеровочное производство из импортных смол и эффектных "
                "пигментов."
            ),
            en=(
                "Water-borne basecoat that gives the car body its colour and metallic effect, "
                "applied by robots over the primer. Colour matching, tinting and quality control "
                "could be done locally in a tinting plant working from imported resins and effect "
                "pigments."
            ),
        ),
        hs_code="3209100009",
        art="paint_can",
        unit="t",
        unit_price_usd=11500.0,
        yearly_quantity=400,
        vehicles=(),
        specs=(
            Spec(Tr("Rangi", "Цвет", "Colour"), ("RAL 9003", "RAL 9006", "RAL 9005")),
            Spec(Tr("Quruq qoldiq", "Сухой остаток", "Solids content"), ("24 %", "20 %", "26 %")),
            Spec(
                name=Tr("Qatlam qalinligi", "Толщина плёнки", "Film thickness"),
                values=("12-15 µm", "15-20 µm", "12-15 µm"),
            ),
        ),
        materials=(
            Tr(
                uz="Akril va poliuretan smolalar",
                ru="Акриловые и полиуретановые смолы",
                en="Acrylic and polyurethane resins",
            ),
            Tr("Effekt pigmentlari", "Эффектные пигменты", "Effect pigments"),
        ),
        processes=(
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Kolerovka", "Колеровка", "Tinting"),
            Tr("Laboratoriya sinovlari", "Лабораторные испытания", "Laboratory testing"),
        ),
        capabilities=("chemicals", "painting"),
        countries=("DE", "KR", "TR", "CN"),
        variants=3,
    ),
    PartType(
        key="clearcoat",
        category="raw_materials",
        kind="raw_material",
        name=Tr("Shaffof lak", "Прозрачный лак", "Clearcoat"),
        description=Tr(
            uz=(
                "Bazis emalni ultrabinafsha nurlar, tirnalish va kimyoviy moddalardan himoya "
                "qiluvchi va yakuniy yaltiroqlik beruvchi shaffof lak. Uni kuzov taʼmirlash "
                "ustaxonalari ham katta hajmda ishlatadi, shuning uchun smola sintezi yoki "
                "litsenziyalangan retsepturaga ega mahalliy lak-boʻyoq zavodi uchun yaxshi nomzod."
            ),
            ru=(
                "Прозрачный лак, защищающий базовую эмаль от ультрафиолета, царапин и химикатов и "
                "придающий окончательный блеск. Большие объёмы потребляют и кузовные мастерские, "
                "поэтому это хороший кандидат для местного лакокрасочного завода с синтезом смол "
                "или лицензионной рецептурой."
            ),
            en=(
                "Clearcoat that protects the basecoat from UV, scratches and chemicals and gives "
                "the final gloss. Body repair shops also use it in large volumes, so it is a good "
                "candidate for a local paint maker with resin synthesis or a licensed formulation."
            ),
        ),
        hs_code="3208909100",
        art="paint_can",
        unit="t",
        unit_price_usd=8200.0,
        yearly_quantity=450,
        vehicles=(),
        specs=(
            Spec(Tr("Tizim", "Система", "System"), ("2K PU", "1K AM")),
            Spec(Tr("Quruq qoldiq", "Сухой остаток", "Solids content"), ("48 %", "55 %")),
            Spec(
                name=Tr("Qotish rejimi", "Режим отверждения", "Curing"),
                values=("20 min / 140 °C", "20 min / 140 °C"),
            ),
        ),
        materials=(
            Tr("Akril poliollar", "Акриловые полиолы", "Acrylic polyols"),
            Tr("Izotsianat qotirgich", "Изоцианатный отвердитель", "Isocyanate hardener"),
            Tr("UF stabilizatorlar", "УФ-стабилизаторы", "UV stabilisers"),
        ),
        processes=(
            Tr("Smola sintezi", "Синтез смолы", "Resin synthesis"),
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
        ),
        capabilities=("chemicals", "painting"),
        countries=("DE", "KR", "TR"),
        variants=2,
    ),
    # -------------------- consumables
    PartType(
        key="windscreen_adhesive",
        category="consumables",
        kind="consumable",
        name=Tr(
            uz="Oynalar uchun poliuretan yelim",
            ru="Полиуретановый клей для вклейки стёкол",
            en="Polyurethane windscreen adhesive",
        ),
        description=Tr(
            uz=(
                "Konveyerda va taʼmirlashda old va orqa oynalarni bevosita yopishtirish uchun "
                "namlikdan qotadigan poliuretan yelim. Bu kimyoviy retseptura mahsuloti: "
                "prepolimer sintezi, vakuum ostida toʻldiruvchilar bilan aralashtirish, kartrij "
                "yoki bochkalarga qadoqlash hamda shisha va boʻyoq uchun praymerlar."
            ),
            ru=(
                "Полиуретановый клей влажного отверждения для прямой вклейки ветровых и задних "
                "стёкол на конвейере и при ремонте. Это продукт химической рецептуры: синтез "
                "преполимера, смешивание с наполнителями под вакуумом, фасовка в картриджи или "
                "бочки, а также праймеры для стекла и лакокрасочного покрытия."
            ),
            en=(
                "Moisture-curing polyurethane adhesive for direct glazing of windscreens and rear "
                "windows on the assembly line and in repair. It is a formulation product: "
                "prepolymer synthesis, mixing with fillers under vacuum and filling into "
                "cartridges or drums, plus primers for glass and paint."
            ),
        ),
        hs_code="3506910000",
        art="adhesive_tube",
        unit="l",
        unit_price_usd=16.0,
        yearly_quantity=40_000,
        vehicles=(),
        specs=(
            Spec(Tr("Qadoqlash", "Упаковка", "Packaging"), ("310 ml", "600 ml", "200 l")),
            Spec(
                name=Tr("Harakatga ruxsat vaqti", "Время до выезда", "Drive-away time"),
                values=("2 h", "1 h", "30 min"),
            ),
            Spec(Tr("Komponentlar", "Компоненты", "Components"), ("1K", "1K", "2K")),
        ),
        materials=(
            Tr("Poliuretan prepolimer", "Полиуретановый преполимер", "Polyurethane prepolymer"),
            Tr("Texnik uglerod va boʻr", "Технический углерод и мел", "Carbon black and chalk"),
        ),
        processes=(
            Tr("Prepolimer sintezi", "Синтез преполимера", "Prepolymer synthesis"),
            Tr("Vakuumda aralashtirish", "Смешивание под вакуумом", "Vacuum mixing"),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
        ),
        capabilities=("chemicals",),
        countries=("DE", "TR", "CN"),
        variants=3,
    ),
    PartType(
        key="seam_sealer",
        category="consumables",
        kind="consumable",
        name=Tr("Kuzov choklari germetigi", "Шовный герметик кузова", "Body seam sealer"),
        description=Tr(
            uz=(
                "Kuzov choklari va bukilgan flanslarni suv, chang va shovqindan himoya qilish "
                "uchun surtiladigan PVX yoki MS-polimer asosidagi germetik. U polimerlar, "
                "plastifikatorlar va toʻldiruvchilarni planetar aralashtirgichlarda aralashtirib, "
                "kartrij yoki bochkalarga qadoqlash orqali ishlab chiqariladi; bu mahalliy kimyo "
                "korxonasining qoʻlidan keladi."
            ),
            ru=(
                "Герметик на основе ПВХ или MS-полимера для швов и фланцев кузова, защищающий от "
                "воды, пыли и шума. Производится смешиванием полимеров, пластификаторов и "
                "наполнителей в планетарных смесителях с фасовкой в картриджи или бочки; это "
                "вполне по силам местному химическому предприятию."
            ),
            en=(
                "PVC or MS-polymer sealer applied to body seams and hem flanges to keep out water, "
                "dust and noise. It is made by mixing polymers, plasticisers and fillers in "
                "planetary mixers and packing into cartridges or drums, well within reach of a "
                "local chemical plant."
            ),
        ),
        hs_code="3214101000",
        art="adhesive_tube",
        unit="kg",
        unit_price_usd=4.2,
        yearly_quantity=80_000,
        vehicles=(),
        specs=(
            Spec(Tr("Qadoqlash", "Упаковка", "Packaging"), ("200 kg", "310 ml", "20 kg")),
            Spec(Tr("Asosi", "Основа", "Base"), ("PVC", "MS polymer", "SBR")),
            Spec(
                name=Tr("Qotish rejimi", "Режим отверждения", "Curing"),
                values=("20 min / 140 °C", "24 h / 23 °C", "20 min / 160 °C"),
            ),
        ),
        materials=(
            Tr("PVX yoki MS-polimer", "ПВХ или MS-полимер", "PVC or MS polymer"),
            Tr("Plastifikator", "Пластификатор", "Plasticiser"),
            Tr("Kalsiy karbonat", "Карбонат кальция", "Calcium carbonate"),
        ),
        processes=(
            Tr(
                uz="Planetar aralashtirgichda aralashtirish",
                ru="Смешивание в планетарном смесителе",
                en="Planetary mixing",
            ),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
        ),
        capabilities=("chemicals",),
        countries=("DE", "KR", "TR", "CN"),
        variants=3,
    ),
    PartType(
        key="thread_locker",
        category="consumables",
        kind="consumable",
        name=Tr("Anaerob rezba fiksatori", "Анаэробный фиксатор резьбы", "Anaerobic thread locker"),
        description=Tr(
            uz=(
                "Dvigatellar, uzatmalar qutilari va shassi uzellarida rezbali birikmalarni "
                "qotirish va zichlash uchun bir komponentli anaerob yelim. Metakrilatlar va "
                "initsiatorlar asosidagi retseptura kam tonnajli, ammo qoʻshimcha qiymati yuqori "
                "kimyo; mahalliy korxona ishni quyma mahsulotni qadoqlash va sifat nazoratidan "
                "boshlashi mumkin."
            ),
            ru=(
                "Однокомпонентный анаэробный клей для фиксации и уплотнения резьбовых соединений в "
                "двигателях, коробках передач и узлах шасси. Рецептура на основе метакрилатов с "
                "инициаторами — малотоннажная химия с высокой добавленной стоимостью; местное "
                "предприятие могло бы начать с фасовки наливного продукта и контроля качества."
            ),
            en=(
                "Single-component anaerobic adhesive that locks and seals threaded joints in "
                "engines, gearboxes and chassis assemblies. A formulation of methacrylates and "
                "initiators, it is small-volume, high-value chemistry; a local company could start "
                "with packing bulk product and quality control."
            ),
        ),
        hs_code="3506100000",
        art="adhesive_tube",
        unit="l",
        unit_price_usd=140.0,
        yearly_quantity=3000,
        vehicles=(),
        specs=(
            Spec(
                name=Tr("Boʻshatish momenti", "Момент отвинчивания", "Breakaway torque"),
                values=("20 N·m", "33 N·m"),
            ),
            Spec(Tr("Rezba oʻlchami", "Размер резьбы", "Thread size"), ("≤ M36", "≤ M20")),
            Spec(Tr("Qadoqlash", "Упаковка", "Packaging"), ("250 ml", "50 ml")),
        ),
        materials=(
            Tr("Metakrilat smolalar", "Метакрилатные смолы", "Methacrylate resins"),
            Tr("Initsiatorlar", "Инициаторы", "Initiators"),
        ),
        processes=(
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
            Tr("Laboratoriya sinovlari", "Лабораторные испытания", "Laboratory testing"),
        ),
        capabilities=("chemicals",),
        countries=("DE", "US", "CN"),
        variants=2,
    ),
    PartType(
        key="engine_oil",
        category="consumables",
        kind="consumable",
        name=Tr("Motor moyi 5W-30", "Моторное масло 5W-30", "Engine oil 5W-30"),
        description=Tr(
            uz=(
                "B seriyali dvigatellarga zavodda quyiladigan va servisda ishlatiladigan 5W-30 "
                "sintetik motor moyi. Oʻzbekistonda neftni qayta ishlash va moylarni aralashtirish "
                "zavodlari bor, shuning uchun asosiy vazifa tasdiqlangan prisadkalar paketi, dexos "
                "kabi avtomobil ishlab chiqaruvchilari ruxsatnomalari va ularni tasdiqlay oladigan "
                "laboratoriya."
            ),
            ru=(
                "Синтетическое моторное масло 5W-30 для заводской заливки двигателей серии B и для "
                "сервиса. В Узбекистане есть нефтеперерабатывающие и блендинговые заводы, поэтому "
                "главная задача — одобренные пакеты присадок, допуски автопроизводителей вроде "
                "dexos и лаборатория, способная их подтвердить."
            ),
            en=(
                "Synthetic 5W-30 engine oil for the factory fill of B-series engines and for "
                "service. Uzbekistan has refineries and blending plants, so the challenge is "
                "approved additive packages, OEM approvals such as dexos and a laboratory able to "
                "prove them."
            ),
        ),
        hs_code="2710198200",
        art="canister",
        unit="l",
        unit_price_usd=3.2,
        yearly_quantity=600_000,
        vehicles=(),
        specs=(
            Spec(
                name=Tr("Spetsifikatsiya", "Спецификация", "Specification"),
                values=("dexos1 Gen 3", "API SP", "ACEA C3"),
            ),
            Spec(Tr("Qadoqlash", "Упаковка", "Packaging"), ("208 l", "4 l", "1000 l")),
            Spec(Tr("Qovushqoqlik sinfi", "Класс вязкости", "Viscosity grade"), ("SAE 5W-30",)),
        ),
        materials=(
            Tr("Sintetik bazaviy moylar", "Синтетические базовые масла", "Synthetic base oils"),
            Tr("Prisadkalar paketi", "Пакет присадок", "Additive package"),
        ),
        processes=(
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
            Tr("Laboratoriya sinovlari", "Лабораторные испытания", "Laboratory testing"),
        ),
        capabilities=("chemicals",),
        countries=("KR", "DE", "RU"),
        variants=3,
    ),
    PartType(
        key="atf",
        category="consumables",
        kind="consumable",
        name=Tr(
            uz="Avtomat uzatmalar qutisi suyuqligi (ATF)",
            ru="Жидкость для АКПП (ATF)",
            en="Automatic transmission fluid (ATF)",
        ),
        description=Tr(
            uz=(
                "Cobalt, Tracker, Onix va Malibu avtomatik uzatmalar qutilari uchun past "
                "qovushqoqli Dexron sinfidagi suyuqlik. Motor moyi kabi bu ham aralashtirish "
                "mahsuloti; asosiy toʻsiqlar litsenziyalangan prisadkalar paketi va uzatmalar "
                "qutisi ishlab chiqaruvchisining tasdigʻi."
            ),
            ru=(
                "Маловязкая жидкость класса Dexron для автоматических коробок передач Cobalt, "
                "Tracker, Onix и Malibu. Как и моторное масло, это продукт смешивания; главные "
                "барьеры — лицензионные пакеты присадок и одобрение производителя коробки."
            ),
            en=(
                "Low-viscosity Dexron-class fluid for the automatic gearboxes of Cobalt, Tracker, "
                "Onix and Malibu. Like engine oil, it is a blending product; the barriers are "
                "licensed additive packages and the gearbox maker's approval."
            ),
        ),
        hs_code="2710198800",
        art="canister",
        unit="l",
        unit_price_usd=4.6,
        yearly_quantity=300_000,
        vehicles=(),
        specs=(
            Spec(
                name=Tr("Spetsifikatsiya", "Спецификация", "Specification"),
                values=("Dexron VI", "Dexron HP"),
            ),
            Spec(
                name=Tr(
                    uz="Kinematik qovushqoqlik (100 °C)",
                    ru="Кинематическая вязкость (100 °C)",
                    en="Kinematic viscosity (100 °C)",
                ),
                values=("6.0 mm²/s", "5.4 mm²/s"),
            ),
            Spec(Tr("Qadoqlash", "Упаковка", "Packaging"), ("208 l", "1 l")),
        ),
        materials=(
            Tr("Sintetik bazaviy moylar", "Синтетические базовые масла", "Synthetic base oils"),
            Tr("Prisadkalar paketi", "Пакет присадок", "Additive package"),
        ),
        processes=(
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
            Tr("Laboratoriya sinovlari", "Лабораторные испытания", "Laboratory testing"),
        ),
        capabilities=("chemicals",),
        countries=("KR", "US", "DE"),
        variants=2,
    ),
    PartType(
        key="brake_fluid",
        category="consumables",
        kind="consumable",
        name=Tr("Tormoz suyuqligi DOT 4", "Тормозная жидкость DOT 4", "Brake fluid DOT 4"),
        description=Tr(
            uz=(
                "Konveyerda birinchi quyish va servis uchun glikol efirlari asosidagi DOT 4 "
                "sinfidagi tormoz suyuqligi. U glikol efirlari, borat efirlari va ingibitorlardan "
                "aralashtiriladi; aralashtirish, qadoqlash va qaynash haroratini nazorat qilish "
                "oson yoʻlga qoʻyiladi."
            ),
            ru=(
                "Тормозная жидкость класса DOT 4 на основе эфиров гликолей для первой заливки на "
                "конвейере и для сервиса. Её смешивают из эфиров гликолей, боратных эфиров и "
                "ингибиторов; смешивание, фасовка и контроль температуры кипения организуются "
                "несложно."
            ),
            en=(
                "Glycol ether brake fluid to DOT 4 for first fill on the assembly line and for "
                "service. It is blended from glycol ethers, borate esters and inhibitors; "
                "blending, filling and boiling-point testing are simple to set up."
            ),
        ),
        hs_code="3819000000",
        art="canister",
        unit="l",
        unit_price_usd=2.8,
        yearly_quantity=400_000,
        vehicles=(),
        specs=(
            Spec(Tr("Sinfi", "Класс", "Class"), ("DOT 4", "DOT 4 LV")),
            Spec(
                name=Tr(
                    uz="Quruq holda qaynash harorati",
                    ru="Температура кипения «сухой» жидкости",
                    en="Dry boiling point",
                ),
                values=("≥ 250 °C", "≥ 260 °C"),
            ),
            Spec(Tr("Qadoqlash", "Упаковка", "Packaging"), ("200 l", "0.5 l")),
        ),
        materials=(
            Tr("Glikol efirlari", "Эфиры гликолей", "Glycol ethers"),
            Tr("Borat efirlari", "Боратные эфиры", "Borate esters"),
            Tr("Korroziya ingibitorlari", "Ингибиторы коррозии", "Corrosion inhibitors"),
        ),
        processes=(
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
            Tr("Laboratoriya sinovlari", "Лабораторные испытания", "Laboratory testing"),
        ),
        capabilities=("chemicals",),
        countries=("DE", "KR", "RU", "TR"),
        variants=2,
    ),
    PartType(
        key="coolant",
        category="consumables",
        kind="consumable",
        name=Tr(
            uz="Sovutish suyuqligi (antifriz)",
            ru="Охлаждающая жидкость (антифриз)",
            en="Engine coolant (antifreeze)",
        ),
        description=Tr(
            uz=(
                "Birinchi quyish va servis uchun organik korroziya ingibitorlari qoʻshilgan "
                "monoetilenglikol asosidagi sovutish suyuqligi. Mahalliy ishlab chiqarish asosan "
                "aralashtirishdan iborat: glikol, sertifikatlangan ingibitorlar paketi, "
                "demineralizatsiyalangan suv, qadoqlash liniyalari va avtomobil ishlab "
                "chiqaruvchisining tasdigʻi."
            ),
            ru=(
                "Охлаждающая жидкость на основе моноэтиленгликоля с органическими ингибиторами "
                "коррозии для первой заливки и сервиса. Местное производство — это в основном "
                "смешивание: гликоль, сертифицированные пакеты ингибиторов, деминерализованная "
                "вода, линии фасовки и одобрение автопроизводителя."
            ),
            en=(
                "Monoethylene glycol coolant with organic acid inhibitors for first fill and "
                "service. Local production is mainly blending: glycol, certified inhibitor "
                "packages, demineralised water, filling lines and approval by the vehicle maker."
            ),
        ),
        hs_code="3820000000",
        art="canister",
        unit="l",
        unit_price_usd=1.9,
        yearly_quantity=900_000,
        vehicles=(),
        specs=(
            Spec(Tr("Spetsifikatsiya", "Спецификация", "Specification"), ("GM 6277M", "G12+")),
            Spec(
                name=Tr("Muzlash harorati", "Температура замерзания", "Freezing point"),
                values=("-40 °C", "-37 °C"),
            ),
            Spec(Tr("Qadoqlash", "Упаковка", "Packaging"), ("1000 l", "5 l")),
        ),
        materials=(
            Tr("Glikollar", "Гликоли", "Glycols"),
            Tr("Organik ingibitorlar", "Органические ингибиторы", "Organic acid inhibitors"),
            Tr("Demineralizatsiyalangan suv", "Деминерализованная вода", "Demineralised water"),
        ),
        processes=(
            Tr(
                uz="Retseptura boʻyicha aralashtirish",
                ru="Смешивание по рецептуре",
                en="Blending to formulation",
            ),
            Tr("Qadoqlash", "Фасовка", "Filling and packing"),
            Tr("Laboratoriya sinovlari", "Лабораторные испытания", "Laboratory testing"),
        ),
        capabilities=("chemicals",),
        countries=("RU", "KR", "TR", "DE"),
        variants=2,
    ),
    PartType(
        key="flange_bolts_m8",
        category="consumables",
        kind="consumable",
        name=Tr("M8 flanesli boltlar", "Болты с фланцем M8", "Flange-head bolts M8"),
        description=Tr(
            uz=(
                "8.8 va 10.9 mustahkamlik sinfidagi olti qirrali flanesli M8 boltlar, yigʻish "
                "konveyerida eng koʻp ishlatiladigan mahkamlagich. Ular bor qoʻshilgan poʻlat "
                "simdan sovuq holda choʻktirish va rezbani prokatlash, toblash va boʻshatish hamda "
                "vodorod moʻrtlashuvini qatʼiy nazorat qilgan holda rux-nikel yoki rux-lamel "
                "qoplash orqali tayyorlanadi."
            ),
            ru=(
                "Болты с шестигранной головкой и фланцем M8 классов прочности 8.8 и 10.9, самый "
                "массовый крепёж на сборочном конвейере. Изготавливаются холодной высадкой и "
                "накаткой резьбы из борсодержащей проволоки, закалкой с отпуском и цинк-никелевым "
                "или цинк-ламельным покрытием со строгим контролем водородного охрупчивания."
            ),
            en=(
                "Hexagon flange bolts M8 of property classes 8.8 and 10.9, the most used fastener "
                "on an assembly line. They are made by cold heading and thread rolling of boron "
                "steel wire, quenching and tempering, and zinc-nickel or zinc-flake coating with "
                "strict control of hydrogen embrittlement."
            ),
        ),
        hs_code="7318158109",
        art="bolt",
        unit="pcs",
        unit_price_usd=0.06,
        yearly_quantity=3_000_000,
        vehicles=(),
        specs=(
            Spec(Tr("Uzunligi", "Длина", "Length"), ("16 mm", "20 mm", "25 mm", "30 mm", "35 mm")),
            Spec(Tr("Mustahkamlik sinfi", "Класс прочности", "Property class"), ("8.8", "10.9")),
            Spec(
                name=Tr("Qoplama", "Покрытие", "Coating"),
                values=("Zn-Ni (ISO 4042)", "Zn-flake (ISO 10683)"),
            ),
            Spec(Tr("Standart", "Стандарт", "Standard"), ("ISO 4162",)),
        ),
        materials=(
            Tr("Bor qoʻshilgan poʻlat sim", "Борсодержащая стальная проволока", "Boron steel wire"),
        ),
        processes=(
            Tr("Sovuq choʻktirish", "Холодная высадка", "Cold heading"),
            Tr("Rezba prokatlash", "Накатка резьбы", "Thread rolling"),
            Tr("Termik ishlov berish", "Термообработка", "Heat treatment"),
            Tr("Rux-nikel qoplash", "Цинк-никелевое покрытие", "Zinc-nickel plating"),
        ),
        capabilities=("fasteners", "heat_treatment", "chemicals"),
        countries=("CN", "KR", "TR", "DE"),
        variants=5,
    ),
    PartType(
        key="trim_clips",
        category="consumables",
        kind="consumable",
        name=Tr("Plastik klipsalar", "Пластмассовые клипсы (пистоны)", "Plastic trim clips"),
        description=Tr(
            uz=(
                "Eshik qoplamalari, gʻildirak arkasi qoplamalari, bamperlar va shovqin "
                "izolyatsiyasini ushlab turuvchi plastik klipsalar va pistonlar. Har bir "
                "avtomobilda ularning oʻnlab turi ishlatiladi; ular koʻp uyali press-qoliplarda "
                "POM yoki PA66 dan quyiladi, bu esa ularni kichik plastmassa zavodi uchun ideal "
                "birinchi mahsulotga aylantiradi."
            ),
            ru=(
                "Пластмассовые клипсы и пистоны, удерживающие обивки дверей, подкрылки, бамперы и "
                "шумоизоляцию. На каждый автомобиль приходятся десятки их видов; их льют из POM "
                "или PA66 в многогнёздных пресс-формах, что делает их идеальным первым продуктом "
                "для небольшого завода пластмасс."
            ),
            en=(
                "Push-in plastic clips and rivets that hold door trims, wheel arch liners, bumpers "
                "and insulation. Dozens of types are used in every car; they are moulded from POM "
                "or PA66 in multi-cavity moulds, which makes them an ideal first product for a "
                "small plastics plant."
            ),
        ),
        hs_code="3926300000",
        art="bolt",
        unit="pcs",
        unit_price_usd=0.04,
        yearly_quantity=5_000_000,
        vehicles=(),
        specs=(
            Spec(
                name=Tr("Teshik diametri", "Диаметр отверстия", "Hole diameter"),
                values=("Ø 6 mm", "Ø 8 mm", "Ø 10 mm"),
            ),
            Spec(Tr("Materiali", "Материал", "Material"), ("POM", "PA66", "POM")),
            Spec(
                name=Tr("Panel qalinligi", "Толщина панели", "Panel thickness"),
                values=("0.8-2.5 mm", "1.0-3.0 mm", "1.5-4.0 mm"),
            ),
        ),
        materials=(
            Tr("Poliatsetal (POM)", "Полиацеталь (POM)", "Polyacetal (POM)"),
            Tr("Poliamid PA66", "Полиамид PA66", "Polyamide PA66"),
        ),
        processes=(
            Tr(
                uz="Koʻp uyali qoliplarda quyish",
                ru="Литьё в многогнёздные пресс-формы",
                en="Multi-cavity injection moulding",
            ),
        ),
        capabilities=("plastic_injection",),
        countries=("CN", "KR", "TR"),
        variants=3,
    ),
    PartType(
        key="welding_wire",
        category="consumables",
        kind="consumable",
        name=Tr("Payvandlash simi", "Сварочная проволока", "Welding wire"),
        description=Tr(
            uz=(
                "Kuzov, rama, oʻrindiq va chiqarish tizimi detallarini MIG/MAG usulida payvandlash "
                "uchun gʻaltak yoki robotlar uchun bochkalarda yetkaziladigan, mis bilan qoplangan "
                "yaxlit poʻlat sim. Uni ishlab chiqarish uchun katanka, koʻp bosqichli choʻzish, "
                "mis qoplash va aniq qatlamli oʻrash kerak; bunday liniyani mahalliy poʻlat "
                "katanka bilan taʼminlash mumkin."
            ),
            ru=(
                "Омеднённая сплошная стальная проволока для сварки MIG/MAG деталей кузова, рам, "
                "сидений и выхлопных систем, поставляемая на катушках или в бочках для роботов. "
                "Для её выпуска нужны катанка, многократное волочение, омеднение и точная рядная "
                "намотка; такую линию могла бы снабжать местная стальная катанка."
            ),
            en=(
                "Copper-coated solid steel wire for MIG/MAG welding of body, frame, seat and "
                "exhaust parts, supplied on spools or in drums for robots. Making it needs wire "
                "rod, multi-stage drawing, copper coating and precise layer winding; local steel "
                "wire rod could feed such a line."
            ),
        ),
        hs_code="7229200000",
        art="wire_spool",
        unit="t",
        unit_price_usd=1350.0,
        yearly_quantity=1500,
        vehicles=(),
        specs=(
            Spec(Tr("Diametri", "Диаметр", "Diameter"), ("Ø 1.0 mm", "Ø 1.2 mm", "Ø 0.8 mm")),
            Spec(Tr("Tasnif", "Классификация", "Classification"), ("ER70S-6", "G3Si1", "ER70S-6")),
            Spec(Tr("Qadoqlash", "Упаковка", "Packaging"), ("250 kg", "15 kg", "15 kg")),
        ),
        materials=(
            Tr("Poʻlat katanka", "Стальная катанка", "Steel wire rod"),
            Tr("Mis qoplama", "Медное покрытие", "Copper coating"),
        ),
        processes=(
            Tr("Koʻp bosqichli choʻzish", "Многократное волочение", "Multi-stage drawing"),
            Tr("Mis bilan qoplash", "Омеднение", "Copper coating"),
            Tr("Qatlamli oʻrash", "Рядная намотка", "Layer winding"),
        ),
        capabilities=("extrusion", "chemicals"),
        countries=("RU", "CN", "KR", "TR"),
        variants=3,
    ),
)

ART_KINDS_USED: tuple[str, ...] = (
    "adhesive_tube",
    "battery",
    "bearing",
    "belt",
    "body_panel",
    "bolt",
    "brake_disc",
    "brake_drum",
    "brake_pad",
    "bulb",
    "bumper",
    "canister",
    "circuit_board",
    "clutch_disc",
    "coil_spring",
    "drive_shaft",
    "fabric_roll",
    "filter",
    "gasket",
    "gear",
    "glass_panel",
    "granules",
    "headlamp",
    "hose",
    "leaf_spring",
    "mirror",
    "muffler",
    "paint_can",
    "piston",
    "radiator",
    "seat",
    "sensor",
    "shock_absorber",
    "spark_plug",
    "steel_coil",
    "steering_wheel",
    "tank",
    "wheel_rim",
    "wire_harness",
    "wire_spool",
)
