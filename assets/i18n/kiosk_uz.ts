<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uz_UZ">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/screens/attract.py" line="+129"/>
        <source>The car industry imports these parts and materials. Find the ones your plant could make.</source>
        <translation>Avtomobil sanoati bu detal va materiallarni import qiladi. Korxonangiz ishlab chiqara oladiganlarini toping.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of imports a year that could be made in Uzbekistan</source>
        <translation>qiymatidagi yillik importni Oʻzbekistonda ishlab chiqarish mumkin</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported for %1 a year</source>
        <translation>Yillik import: %1</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../ui/screens/catalog.py" line="+226"/>
        <source>All</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category</source>
        <translation>Turkum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Turi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer</source>
        <translation>Importyor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country of origin</source>
        <translation>Kelib chiqish mamlakati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made in Uzbekistan?</source>
        <translation>Oʻzbekistonda ishlab chiqariladimi?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search results</source>
        <translation>Qidiruv natijalari</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All items</source>
        <translation>Barcha mahsulotlar</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ta mahsulot</numerusform>
            <numerusform>%n ta mahsulot</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, item number or HS code</source>
        <translation>Nomi, detal raqami yoki TIF TN kodi boʻyicha qidiring</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.
Try a shorter word, part of an item number, or an HS code such as 8708, or clear the filters.</source>
        <translation>Hech narsa topilmadi.
Qisqaroq soʻz, detal raqamining bir qismi yoki 8708 kabi TIF TN kodini kiriting yoxud filtrlarni tozalang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✕ Clear filters</source>
        <translation>✕ Filtrlarni tozalash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort:</source>
        <translation>Saralash:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match</source>
        <translation>Eng mosi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import value</source>
        <translation>Import qiymati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Miqdor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nomi</translation>
    </message>
</context>
<context>
    <name>CatalogUpdatePanel</name>
    <message>
        <location filename="../../ui/staff/catalog_update.py" line="+165"/>
        <source>Catalog updates</source>
        <translation>Katalog yangilanishlari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install</source>
        <translation>Oʻrnatish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>Oldingisiga qaytarish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export requests to the stick</source>
        <translation>Arizalarni fleshkaga koʻchirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>Qayta tekshirish</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot look at the sticks: %1</source>
        <translation>Fleshkalarni tekshirib boʻlmadi: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No catalog is installed</source>
        <translation>Katalog oʻrnatilmagan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed: %1 (%2 items)</source>
        <translation>Oʻrnatilgan: %1 (%2 ta mahsulot)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>(demo)</source>
        <translation>(demo)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Catalog bundles on the USB stick:</source>
        <translation>USB fleshkadagi katalog paketlari:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No catalog bundle on the USB stick</source>
        <translation>USB fleshkada katalog paketi yoʻq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a USB stick with a catalog bundle</source>
        <translation>Katalog paketi yozilgan USB fleshkani ulang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catalog %1 of %2, %3 items</source>
        <translation>Katalog %1, sanasi %2, %3 ta mahsulot</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Newer than the installed %1</source>
        <translation>Yangiroq (oʻrnatilgani: %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can be installed</source>
        <translation>Oʻrnatish mumkin</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Insert a USB stick first</source>
        <translation>Avval USB fleshkani ulang</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the signature…</source>
        <translation>Imzo tekshirilmoqda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying files: %1 of %2</source>
        <translation>Fayllar nusxalanmoqda: %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking photos: %1 of %2</source>
        <translation>Suratlar tekshirilmoqda: %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the catalog…</source>
        <translation>Katalog tekshirilmoqda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Tayyor</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Installed %1 (%2 items)</source>
        <translation>%1 oʻrnatildi (%2 ta mahsulot)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rolled back to %1 (%2 items)</source>
        <translation>Oldingi katalog qaytarildi: %1 (%2 ta mahsulot)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n request(s) to the stick</source>
        <translation>
            <numerusform>Fleshkaga %n ta ariza koʻchirildi</numerusform>
            <numerusform>Fleshkaga %n ta ariza koʻchirildi</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed: %1</source>
        <translation>Xatolik: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: the bundle is damaged or was changed after signing</source>
        <translation>Rad etildi: paket shikastlangan yoki imzolangandan keyin oʻzgartirilgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the bundle is unsafe and was not opened</source>
        <translation>Rad etildi: paket xavfli, u ochilmadi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: not a catalog bundle</source>
        <translation>Rad etildi: bu katalog paketi emas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the bundle is not signed</source>
        <translation>Rad etildi: paket imzolanmagan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: not signed by a trusted key</source>
        <translation>Rad etildi: ishonchli kalit bilan imzolanmagan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the signature does not match</source>
        <translation>Rad etildi: imzo mos kelmaydi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: made for another version of the kiosk program</source>
        <translation>Rad etildi: kiosk dasturining boshqa versiyasi uchun tayyorlangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: older than the installed %1</source>
        <translation>Rad etildi: oʻrnatilgan %1 versiyasidan eskiroq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1 is already installed</source>
        <translation>Rad etildi: %1 allaqachon oʻrnatilgan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stick removed during the copy: nothing changed</source>
        <translation>Nusxalash paytida fleshka chiqarib olindi: hech narsa oʻzgarmadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: not enough free disk space on the kiosk</source>
        <translation>Rad etildi: kiosk diskida boʻsh joy yetarli emas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another update is running: try again in a moment</source>
        <translation>Boshqa yangilanish bajarilmoqda: birozdan soʻng qayta urinib koʻring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no previous catalog to go back to</source>
        <translation>Qaytish uchun oldingi katalog yoʻq</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export is not set up: HQ&apos;s key is missing from the configuration</source>
        <translation>Koʻchirish sozlanmagan: konfiguratsiyada bosh ofis kaliti yoʻq</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write to the stick: nothing was marked as exported</source>
        <translation>Fleshkaga yozib boʻlmadi: hech narsa koʻchirilgan deb belgilanmadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Koʻchirib boʻlmadi: %1</translation>
    </message>
</context>
<context>
    <name>CategoryTileDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/delegates.py" line="+133"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n ta mahsulot</numerusform>
            <numerusform>%n ta mahsulot</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <location filename="../../ui/screens/confirmation.py" line="+197"/>
        <source>Your slip is being printed below this screen…</source>
        <translation>Taloningiz ekran ostidagi printerda chop etilmoqda…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take your slip from the printer below this screen.</source>
        <translation>Talonni ekran ostidagi printerdan oling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request is saved, but the slip could not be printed. Please ask the staff for your slip.</source>
        <translation>Arizangiz saqlandi, lekin talonni chop etib boʻlmadi. Iltimos, talonni xodimlardan soʻrang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff at the sample desk will print your slip.</source>
        <translation>Talonni namunalar berish stolidagi xodimlar chop etib beradi.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location line="-32"/>
        <source>Thank you! Your request is saved.</source>
        <translation>Rahmat! Arizangiz saqlandi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request number</source>
        <translation>Arizangiz raqami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff can scan this code</source>
        <translation>Xodimlar bu kodni skanerlashi mumkin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Tayyor</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n sample(s) of %1 (No. %2)</source>
        <translation>
            <numerusform>%1 (№ %2) — %n ta namuna</numerusform>
            <numerusform>%1 (№ %2) — %n ta namuna</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this number or your slip at the sample desk to collect your sample.</source>
        <translation>Namunani olish uchun bu raqamni yoki talonni namunalar berish stoliga koʻrsating.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample stands at stand %1.</source>
        <translation>Namuna %1-stendda joylashgan.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A specialist of the centre will call you. Keep your request number.</source>
        <translation>Markaz mutaxassisi sizga qoʻngʻiroq qiladi. Ariza raqamini saqlab qoʻying.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="+116"/>
        <source>This slip was printed at kiosk %1: its request is in that kiosk&apos;s queue.</source>
        <translation>Bu talon %1 kioskida chop etilgan: arizasi oʻsha kiosk navbatida.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This slip was printed at another kiosk.</source>
        <translation>Bu talon boshqa kioskda chop etilgan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not the code of a request slip.</source>
        <translation>Bu ariza talonining kodi emas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slip&apos;s check value is wrong: the code is mistyped or the slip is forged. Nothing was opened.</source>
        <translation>Talonning nazorat raqami notoʻgʻri: kod xato kiritilgan yoki talon soxta. Hech narsa ochilmadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not a valid request number (like CL-K01-000123-7).</source>
        <translation>Bu toʻgʻri ariza raqami emas (masalan, CL-K01-000123-7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such request on this kiosk.</source>
        <translation>Bu kioskda bunday ariza yoʻq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a request for help: there is no sample to hand over.</source>
        <translation>Bu yordam soʻralgan ariza: beriladigan namuna yoʻq.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible for a request in this state.</source>
        <translation>Bu holatdagi ariza uchun buni bajarib boʻlmaydi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+477"/>
        <location line="+120"/>
        <source>That did not work.</source>
        <translation>Bajarib boʻlmadi.</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Number</source>
        <translation>Raqam</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Holat</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Filed</source>
        <translation>Berilgan</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+200"/>
        <source>Request</source>
        <translation>Ariza</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+201"/>
        <source>Company</source>
        <translation>Korxona</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Contact</source>
        <translation>Aloqa</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Slip</source>
        <translation>Talon</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Printed %1</source>
        <translation>Chop etilgan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed yet</source>
        <translation>Hali chop etilmagan</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>by staff, for a visitor who phoned</source>
        <translation>xodim tomonidan, qoʻngʻiroq qilgan tashrifchi uchun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at this kiosk</source>
        <translation>ushbu kioskda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed: %1</source>
        <translation>Chop etilmagan: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Description</source>
        <translation>Tavsif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Izoh</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint slip</source>
        <translation>Qayta chop etish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print slip</source>
        <translation>Chop etish</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Samples</source>
        <translation>Namunalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Stend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Ism</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Hudud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIN</source>
        <translation>STIR</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled because</source>
        <translation>Bekor qilish sababi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample handed over</source>
        <translation>Topshirildi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel request…</source>
        <translation>Arizani bekor qilish…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it cancelled?</source>
        <translation>Nega bekor qilinmoqda?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request</source>
        <translation>Arizani bekor qilish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Bekor qilmaslik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a request in the queue, or scan a slip.</source>
        <translation>Navbatdagi arizaga teging yoki talonni skanerlang.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Scanned: request %1.</source>
        <translation>Skanerlandi: ariza %1.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Printing the slip of %1…</source>
        <translation>%1 taloni chop etilmoqda…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The slip of %1 was printed (job %2).</source>
        <translation>%1 taloni chop etildi (vazifa %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A cancelled request is not printed.</source>
        <translation>Bekor qilingan ariza chop etilmaydi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slip could not be printed.</source>
        <translation>Talonni chop etib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: samples handed over.</source>
        <translation>%1: namunalar berildi.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is cancelled.</source>
        <translation>%1 bekor qilindi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Juda uzun: koʻpi bilan %1 ta belgi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the reason first.</source>
        <translation>Avval sababini yozing.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All</source>
        <translation>Hammasi</translation>
    </message>
    <message>
        <location filename="../../ui/staff/mode.py" line="+465"/>
        <source>Request %1 is filed.</source>
        <translation>Ariza %1 yaratildi.</translation>
    </message>
</context>
<context>
    <name>DetailScreen</name>
    <message>
        <location filename="../../ui/screens/detail.py" line="+221"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HS %1</source>
        <translation>TIF TN %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n sample(s) on hand</source>
        <translation>
            <numerusform>%n ta namuna mavjud</numerusform>
            <numerusform>%n ta namuna mavjud</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples on hand: ask the staff</source>
        <translation>Namuna qolmagan: xodimlarga murojaat qiling</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stand %1</source>
        <translation>Stend %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the staff where this sample stands</source>
        <translation>Namuna qayerdaligini xodimlardan soʻrang</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: imported %2 for %3</source>
        <translation>%1-yil: %2 import qilingan, qiymati %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>makes it already</source>
        <translation>allaqachon ishlab chiqaradi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could make it</source>
        <translation>ishlab chiqara oladi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No producer in Uzbekistan is known yet. Could it be you?</source>
        <translation>Oʻzbekistonda hozircha ishlab chiqaruvchi maʼlum emas. Balki bu siz boʻlarsiz?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Materials</source>
        <translation>Materiallar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>Jarayonlar</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a sample</source>
        <translation>Namuna soʻrash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports per year</source>
        <translation>Yillar boʻyicha import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of origin</source>
        <translation>Kelib chiqish mamlakatlari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing plants</source>
        <translation>Import qiluvchi zavodlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producers in Uzbekistan</source>
        <translation>Oʻzbekistondagi ishlab chiqaruvchilar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it takes to make it</source>
        <translation>Ishlab chiqarish uchun nima kerak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specifications</source>
        <translation>Texnik tavsiflar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles</source>
        <translation>Avtomobil modellari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the sample stands</source>
        <translation>Namuna qayerda turibdi</translation>
    </message>
</context>
<context>
    <name>FiguresScreen</name>
    <message>
        <location filename="../../ui/staff/figures.py" line="+225"/>
        <source>Item views: %1   Searches: %2   Requests: %3</source>
        <translation>Mahsulot koʻrishlari: %1   Qidiruvlar: %2   Arizalar: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages: %1</source>
        <translation>Tillar: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most viewed items</source>
        <translation>Eng koʻp koʻrilgan mahsulotlar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation>Koʻrishlar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” — %2 times</source>
        <translation>“%1” — %2 marta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every search found something.</source>
        <translation>Har bir qidiruv natija berdi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visitor activity by hour of the day</source>
        <translation>Tashrifchilar faolligi (kun soatlari boʻyicha)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Hodisalar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Visitor figures (anonymous)</source>
        <translation>Tashrifchilar statistikasi (anonim)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 soat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 days</source>
        <translation>7 kun</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 kun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Butun davr</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visitor figures for this period yet.</source>
        <translation>Bu davr uchun hali statistika yoʻq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches that found nothing</source>
        <translation>Natija bermagan qidiruvlar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
</context>
<context>
    <name>FloorMap</name>
    <message>
        <location filename="../../ui/floor_map.py" line="+94"/>
        <source>▲ Entrance</source>
        <translation>▲ Kirish</translation>
    </message>
</context>
<context>
    <name>HealthScreen</name>
    <message>
        <location filename="../../ui/staff/figures.py" line="+121"/>
        <source>%1 h %2 min</source>
        <translation>%1 soat %2 daqiqa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 kun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (demo)</source>
        <translation> (demo)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiosk %1 · app %2 · catalog %3, %4 items</source>
        <translation>Kiosk %1 · dastur %2 · katalog %3, %4 ta mahsulot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running for %1 · crashes so far: %2</source>
        <translation>Ishlamoqda: %1 · hozirgacha ishdan chiqishlar: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (last: %1 UTC)</source>
        <translation> (oxirgisi: %1 UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free disk: %1 GB of %2 GB</source>
        <translation>Diskda boʻsh joy: %1 GB / %2 GB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No errors in the logs.</source>
        <translation>Jurnallarda xatolik yoʻq.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready</source>
        <translation>tayyor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>printing</source>
        <translation>chop etilmoqda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state unknown</source>
        <translation>holati nomaʼlum</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request database repaired on %1 UTC: %2 request(s) recovered</source>
        <translation>Soʻrovlar bazasi %1 UTC da tuzatildi: %2 ta soʻrov tiklandi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 unreadable</source>
        <translation>, %1 tasi oʻqilmadi</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kiosk health</source>
        <translation>Kiosk holati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last errors</source>
        <translation>Soʻnggi xatoliklar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Yangilash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="+77"/>
        <source>Made abroad today. Made in Uzbekistan tomorrow?</source>
        <translation>Bugun xorijda ishlab chiqariladi. Ertaga — Oʻzbekistondami?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts, raw materials and consumables that the car industry imports. Open one to see import volumes and who could make it, and take a sample.</source>
        <translation>Avtomobil sanoati import qiladigan detallar, xomashyo va sarf materiallari. Import hajmlarini va uni kim ishlab chiqara olishini bilish uchun birini oching va namuna oling.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, item number or HS code</source>
        <translation>Nomi, detal raqami yoki TIF TN kodi boʻyicha qidiring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineering, markets, financing ›</source>
        <translation>Muhandislik, bozorlar, moliyalashtirish ›</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../ui/idle.py" line="+165"/>
        <source>Still there? Touch to continue</source>
        <translation>Shu yerdamisiz? Davom etish uchun ekranga teging</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise what you typed here will be erased.</source>
        <translation>Aks holda bu yerda kiritganlaringiz oʻchiriladi.</translation>
    </message>
</context>
<context>
    <name>ImportChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+61"/>
        <source>Import value, USD</source>
        <translation>Import qiymati, AQSH dollari</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quantity, %1</source>
        <translation>Miqdor, %1</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../ui/screens/detail.py" line="-282"/>
        <source>Component</source>
        <translation>Butlovchi buyum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw material</source>
        <translation>Xomashyo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumable</source>
        <translation>Sarf materiali</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../ui/main_window.py" line="+74"/>
        <source>Preparing the catalog…</source>
        <translation>Katalog tayyorlanmoqda…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location line="+238"/>
        <source>The catalog cannot be opened. Please call the staff.</source>
        <translation>Katalogni ochib boʻlmadi. Iltimos, xodimlarni chaqiring.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../ui/i18n.py" line="+77"/>
        <source>bn</source>
        <translation>mlrd</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>mln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k</source>
        <translation>ming</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>$%1 %2</source>
        <translation>%1 %2 $</translation>
    </message>
</context>
<context>
    <name>OnScreenKeyboard</name>
    <message>
        <location filename="../../ui/keyboard.py" line="+150"/>
        <location line="+20"/>
        <location line="+45"/>
        <source>Done</source>
        <translation>Tayyor</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Space</source>
        <translation>Boʻsh joy</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+46"/>
        <source>Clear</source>
        <translation>Tozalash</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/staff/pin.py" line="+115"/>
        <source>Checking…</source>
        <translation>Tekshirilmoqda…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrong PIN. %n more tries before staff mode locks.</source>
        <translation>
            <numerusform>PIN-kod notoʻgʻri. Xodimlar rejimi bloklanishiga %n ta urinish qoldi.</numerusform>
            <numerusform>PIN-kod notoʻgʻri. Xodimlar rejimi bloklanishiga %n ta urinish qoldi.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No staff PIN is set on this kiosk. Set one with: python main.py set-pin</source>
        <translation>Bu kioskda xodimlar PIN-kodi oʻrnatilmagan. Uni shu buyruq bilan oʻrnating: python main.py set-pin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>PIN-kodni tekshirib boʻlmadi. Qayta urinib koʻring.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 wrong PINs: staff mode is locked until %2.</source>
        <translation>%1 marta notoʻgʻri PIN-kod kiritildi: xodimlar rejimi soat %2 gacha bloklandi.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Staff PIN</source>
        <translation>Xodimlar PIN-kodi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Bekor qilish</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="-671"/>
        <source>(CUPS default)</source>
        <translation>(CUPS standart printeri)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printing system (CUPS) is not installed on this kiosk.</source>
        <translation>Bu kioskda chop etish tizimi (CUPS) oʻrnatilmagan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The print service (CUPS) is not running. Restart the kiosk PC.</source>
        <translation>Chop etish xizmati (CUPS) ishlamayapti. Kiosk kompyuterini qayta ishga tushiring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer is chosen: choose the slip printer in Settings.</source>
        <translation>Printer tanlanmagan: “Sozlamalar” boʻlimida talon printerini tanlang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no printer called %1: choose the slip printer in Settings.</source>
        <translation>%1 nomli printer yoʻq: “Sozlamalar” boʻlimida talon printerini tanlang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer %1 is stopped: check it, then switch it on again.</source>
        <translation>%1 printeri toʻxtatilgan: uni tekshiring, soʻng qayta yoqing.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer %1 does not accept jobs.</source>
        <translation>%1 printeri vazifalarni qabul qilmayapti.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer %1 is out of paper: put in a new roll.</source>
        <translation>%1 printerida qogʻoz tugadi: yangi rulon qoʻying.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The print service refused the slip.</source>
        <translation>Chop etish xizmati talonni qabul qilmadi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer %1 did not print the slip in time (paper, cover, cable?). The job was cancelled.</source>
        <translation>%1 printeri talonni oʻz vaqtida chop etmadi (qogʻoz, qopqoq, kabel?). Vazifa bekor qilindi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slip could not be printed.</source>
        <translation>Talonni chop etib boʻlmadi.</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <location filename="../../ui/staff/mode.py" line="-369"/>
        <source>Asking the print service…</source>
        <translation>Chop etish xizmatidan soʻralmoqda…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer: %1</source>
        <translation>Printer: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to print.</source>
        <translation>Chop etishga tayyor.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The print service says: %1</source>
        <translation>Chop etish xizmati xabari: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs waiting: %1</source>
        <translation>Navbatdagi vazifalar: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printer&apos;s state could not be read.</source>
        <translation>Printer holatini aniqlab boʻlmadi.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing a test slip…</source>
        <translation>Sinov taloni chop etilmoqda…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test slip was printed (job %1).</source>
        <translation>Sinov taloni chop etildi (vazifa %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The test slip could not be printed.</source>
        <translation>Sinov talonini chop etib boʻlmadi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Slip printer</source>
        <translation>Talon printeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer</source>
        <translation>Printerni tekshirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a test slip</source>
        <translation>Sinov talonini chop etish</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="+740"/>
        <source>Every request in it was recovered (%1).</source>
        <translation>Undagi barcha arizalar tiklandi (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests recovered: %1. At least %2 could not be read, and more may be missing.</source>
        <translation>Tiklangan arizalar: %1. Kamida %2 tasini oʻqib boʻlmadi, boshqalari ham yetishmasligi mumkin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests recovered: %1. Some may be missing.</source>
        <translation>Tiklangan arizalar: %1. Ayrimlari yetishmasligi mumkin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kiosk&apos;s request database was damaged and was replaced on %1.</source>
        <translation>Kioskning arizalar bazasi shikastlangan va %1 da almashtirildi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Shikastlangan fayl %1 sifatida saqlandi.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dismiss</source>
        <translation>Yopish</translation>
    </message>
</context>
<context>
    <name>RequestDesk</name>
    <message>
        <location line="-100"/>
        <source>Search: number, company, name, phone, item</source>
        <translation>Qidiruv: raqam, korxona, ism, telefon, mahsulot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request for a caller</source>
        <translation>Telefon orqali yangi ariza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests here.</source>
        <translation>Bu yerda arizalar yoʻq.</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../ui/screens/request_form.py" line="+80"/>
        <source>Please fill this in.</source>
        <translation>Iltimos, toʻldiring.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Juda uzun: koʻpi bilan %1 ta belgi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number: +998 and 9 digits, e.g. +998 90 123-45-67.</source>
        <translation>Telefon raqamini kiriting: +998 va 9 ta raqam, masalan, +998 90 123-45-67.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A TIN has 9 digits and starts with 2 to 7. Leave it empty if you do not know it.</source>
        <translation>STIR 9 ta raqamdan iborat va 2 dan 7 gacha boʻlgan raqam bilan boshlanadi. Bilmasangiz, boʻsh qoldiring.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an e-mail address.</source>
        <translation>Bu elektron pochta manzili emas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your region.</source>
        <translation>Hududingizni tanlang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 1 to %1 samples.</source>
        <translation>1 tadan %1 tagacha namuna.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %n sample(s) on hand.</source>
        <translation>Faqat %n ta namuna mavjud.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples of this item are on hand.</source>
        <translation>Bu mahsulotning namunalari qolmagan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please agree to the processing of your data to send the request.</source>
        <translation>Arizani yuborish uchun shaxsga doir maʼlumotlaringizni qayta ishlashga rozilik bering.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no item with this number.</source>
        <translation>Bunday raqamli mahsulot yoʻq.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the kind of help.</source>
        <translation>Yordam turini tanlang.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this field.</source>
        <translation>Iltimos, bu maydonni tekshiring.</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>Your region</source>
        <translation>Hududingiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Yopish</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I agree</source>
        <translation>Roziman</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saving your request…</source>
        <translation>Arizangiz saqlanmoqda…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your request could not be saved. Please ask the staff at the sample desk.</source>
        <translation>Arizangizni saqlab boʻlmadi. Iltimos, namunalar berish stolidagi xodimlarga murojaat qiling.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please check the fields marked in red.</source>
        <translation>Iltimos, qizil rang bilan belgilangan maydonlarni tekshiring.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request cannot be sent. Please ask the staff.</source>
        <translation>Bu arizani yuborib boʻlmaydi. Iltimos, xodimlarga murojaat qiling.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n sample(s) on hand</source>
        <translation>
            <numerusform>%n ta namuna mavjud</numerusform>
            <numerusform>%n ta namuna mavjud</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples on hand: ask the staff</source>
        <translation>Namuna qolmagan: xodimlarga murojaat qiling</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Tanlang…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request a sample</source>
        <translation>Namuna uchun ariza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell us who you are; the staff will hand you the sample with your slip.</source>
        <translation>Oʻzingiz haqingizda yozing — xodimlar namunani talon boʻyicha beradi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the centre for help</source>
        <translation>Markazdan yordam soʻrash</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell us who you are and what you need; a specialist will contact you.</source>
        <translation>Oʻzingiz va ehtiyojingiz haqida yozing — mutaxassis siz bilan bogʻlanadi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New request for a visitor who phoned</source>
        <translation>Qoʻngʻiroq qilgan tashrifchi uchun yangi ariza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the consent text to the visitor and tick it only if they agree.</source>
        <translation>Rozilik matnini tashrifchiga oʻqib bering va faqat u rozi boʻlsa, belgilang.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand %1</source>
        <translation>Stend %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>‹  Back</source>
        <translation>‹  Orqaga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What do you need?</source>
        <translation>Sizga nima kerak?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item number</source>
        <translation>Detal raqami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of samples</source>
        <translation>Namunalar soni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Korxona</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor&apos;s name</source>
        <translation>Tashrifchining ismi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ismingiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Hudud</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIN (optional)</source>
        <translation>STIR (ixtiyoriy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail (optional)</source>
        <translation>E-mail (ixtiyoriy)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is it about? (a few words)</source>
        <translation>Nima haqida? (bir necha soʻz bilan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Izoh (ixtiyoriy)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to the processing of personal data</source>
        <translation>Shaxsga doir maʼlumotlarni qayta ishlashga rozilik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send request</source>
        <translation>Arizani yuborish</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <location line="-613"/>
        <source>Samples of an item</source>
        <translation>Mahsulot namunalari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineering help</source>
        <translation>Muhandislik yordami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding markets</source>
        <translation>Sotish bozorlarini topish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing through partner banks</source>
        <translation>Bank orqali moliyalashtirish</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="-701"/>
        <source>New</source>
        <translation>Yangi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Chop etilgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample issued</source>
        <translation>Topshirilgan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Bekor qilingan</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../ui/screens/services.py" line="+73"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the centre can help</source>
        <translation>Markaz qanday yordam beradi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation LAB takes a proposal from idea to the counter: with engineering, with buyers, and with money.</source>
        <translation>Cooperation LAB loyihani “gʻoyadan peshtaxtagacha” olib boradi: muhandislik, xaridorlar va moliya bilan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engineering and technical help</source>
        <translation>Muhandislik va texnik yordam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawings, materials, tooling and processes: the centre&apos;s engineers and partner designers help you prepare production of a part.</source>
        <translation>Chizmalar, materiallar, osnastka va texnologik jarayonlar: markaz muhandislari va hamkor konstruktorlar detal ishlab chiqarishni tayyorlashga yordam beradi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding markets</source>
        <translation>Sotish bozorlarini topish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet the car plants that import the part today, learn their volumes and requirements, and find buyers for what you make.</source>
        <translation>Detalni bugun import qilayotgan avtomobil zavodlari bilan tanishing, ularning hajmlari va talablarini bilib oling, mahsulotingizga xaridor toping.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing through partner banks</source>
        <translation>Hamkor banklar orqali moliyalashtirish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &quot;project factory&quot; turns your idea into a proposal that partner commercial banks can finance.</source>
        <translation>“Loyihalar fabrikasi” gʻoyangizni hamkor tijorat banklari moliyalashtira oladigan loyiha taklifiga aylantiradi.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for help</source>
        <translation>Yordam soʻrash</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/staff/settings.py" line="+206"/>
        <source>CUPS default</source>
        <translation>CUPS standart printeri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not found)</source>
        <translation>%1 (topilmadi)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The settings were not saved: %1</source>
        <translation>Sozlamalar saqlanmadi: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In force until the kiosk restarts: it was started without a configuration file, so nothing was saved.</source>
        <translation>Kiosk qayta ishga tushgunicha amal qiladi: u konfiguratsiya faylisiz ishga tushirilgan, shuning uchun hech narsa saqlanmadi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. The new settings are in force.</source>
        <translation>Saqlandi. Yangi sozlamalar kuchga kirdi.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 s</source>
        <translation>%1 soniya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 daqiqa</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kiosk settings</source>
        <translation>Kiosk sozlamalari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle time before the visitor&apos;s input is wiped</source>
        <translation>Tashrifchi kiritganlari oʻchirilgunicha kutish vaqti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the attract and home screens</source>
        <translation>Kutish ekrani va bosh ekran tili</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the slip as soon as a request is made</source>
        <translation>Ariza berilishi bilan talonni chop etish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip printer</source>
        <translation>Talon printeri</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install newer catalogs from a USB stick by itself</source>
        <translation>Yangiroq kataloglarni USB fleshkadan avtomatik oʻrnatish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Saqlash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Oʻzgarishlarni bekor qilish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Orqaga</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/staff/mode.py" line="+108"/>
        <source>Staff mode · kiosk %1</source>
        <translation>Xodimlar rejimi · kiosk %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends by itself after a few minutes without a touch.</source>
        <translation>Bir necha daqiqa tegilmasa, oʻzi yopiladi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to visitor screens</source>
        <translation>Tashrifchi ekranlariga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to leave kiosk mode</source>
        <translation>Yana bir marta bosing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Kioskni yopish</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Arizalar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catalog update</source>
        <translation>Katalogni yangilash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Sozlamalar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Statistika</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Holat</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/screens/detail.py" line="+6"/>
        <source>Not made in Uzbekistan yet</source>
        <translation>Oʻzbekistonda hali ishlab chiqarilmaydi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Localization in progress</source>
        <translation>Mahalliylashtirish jarayonida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly made in Uzbekistan</source>
        <translation>Qisman Oʻzbekistonda ishlab chiqariladi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made in Uzbekistan</source>
        <translation>Oʻzbekistonda ishlab chiqariladi</translation>
    </message>
</context>
<context>
    <name>Toggle</name>
    <message>
        <location filename="../../ui/staff/settings.py" line="-217"/>
        <source>On</source>
        <translation>Yoqilgan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Oʻchirilgan</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="-159"/>
        <source>Home</source>
        <translation>Bosh sahifa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre&apos;s help</source>
        <translation>Markaz yordami</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO DATA: not real figures</source>
        <translation>DEMO: raqamlar haqiqiy emas</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../ui/i18n.py" line="+5"/>
        <source>pcs</source>
        <translation>dona</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sets</source>
        <translation>toʻplam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>l</source>
        <translation>l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
</context>
</TS>
