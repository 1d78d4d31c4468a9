<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../ui/screens/attract.py" line="+129"/>
        <source>The car industry imports these parts and materials. Find the ones your plant could make.</source>
        <translation>Автопром импортирует эти детали и материалы. Найдите те, что может выпускать ваше предприятие.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of imports a year that could be made in Uzbekistan</source>
        <translation>ежегодного импорта можно производить в Узбекистане</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported for %1 a year</source>
        <translation>Импорт в год: %1</translation>
    </message>
</context>
<context>
    <name>CatalogScreen</name>
    <message>
        <location filename="../../ui/screens/catalog.py" line="+226"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importer</source>
        <translation>Импортёр</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country of origin</source>
        <translation>Страна происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made in Uzbekistan?</source>
        <translation>Производится в Узбекистане?</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All items</source>
        <translation>Все товары</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, item number or HS code</source>
        <translation>Поиск по названию, артикулу или коду ТН ВЭД</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing found.
Try a shorter word, part of an item number, or an HS code such as 8708, or clear the filters.</source>
        <translation>Ничего не найдено.
Попробуйте слово покороче, часть артикула или код ТН ВЭД, например 8708, или сбросьте фильтры.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>✕ Clear filters</source>
        <translation>✕ Сбросить фильтры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort:</source>
        <translation>Сортировка:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Best match</source>
        <translation>Лучшее совпадение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import value</source>
        <translation>Стоимость импорта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
</context>
<context>
    <name>CatalogUpdatePanel</name>
    <message>
        <location filename="../../ui/staff/catalog_update.py" line="+165"/>
        <source>Catalog updates</source>
        <translation>Обновления каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Install</source>
        <translation>Установить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Roll back</source>
        <translation>Вернуть предыдущий</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export requests to the stick</source>
        <translation>Выгрузить заявки на флешку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot look at the sticks: %1</source>
        <translation>Не удалось проверить флешки: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No catalog is installed</source>
        <translation>Каталог не установлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installed: %1 (%2 items)</source>
        <translation>Установлен: %1 (товаров: %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>(demo)</source>
        <translation>(демо)</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Catalog bundles on the USB stick:</source>
        <translation>Пакеты каталога на USB-флешке:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No catalog bundle on the USB stick</source>
        <translation>На USB-флешке нет пакета каталога</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Insert a USB stick with a catalog bundle</source>
        <translation>Вставьте USB-флешку с пакетом каталога</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catalog %1 of %2, %3 items</source>
        <translation>Каталог %1 от %2, товаров: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Newer than the installed %1</source>
        <translation>Новее установленного %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Can be installed</source>
        <translation>Можно установить</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Insert a USB stick first</source>
        <translation>Сначала вставьте USB-флешку</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking the signature…</source>
        <translation>Проверка подписи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copying files: %1 of %2</source>
        <translation>Копирование файлов: %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking photos: %1 of %2</source>
        <translation>Проверка фотографий: %1 из %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checking the catalog…</source>
        <translation>Проверка каталога…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Installed %1 (%2 items)</source>
        <translation>Установлен %1 (товаров: %2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rolled back to %1 (%2 items)</source>
        <translation>Возвращён каталог %1 (товаров: %2)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %n request(s) to the stick</source>
        <translation>
            <numerusform>На флешку выгружена %n заявка</numerusform>
            <numerusform>На флешку выгружены %n заявки</numerusform>
            <numerusform>На флешку выгружено %n заявок</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Failed: %1</source>
        <translation>Ошибка: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: the bundle is damaged or was changed after signing</source>
        <translation>Отклонено: пакет повреждён или изменён после подписания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the bundle is unsafe and was not opened</source>
        <translation>Отклонено: пакет небезопасен и не открывался</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: not a catalog bundle</source>
        <translation>Отклонено: это не пакет каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the bundle is not signed</source>
        <translation>Отклонено: пакет не подписан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: not signed by a trusted key</source>
        <translation>Отклонено: не подписан доверенным ключом</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: the signature does not match</source>
        <translation>Отклонено: подпись не совпадает</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refused: made for another version of the kiosk program</source>
        <translation>Отклонено: пакет для другой версии программы киоска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: older than the installed %1</source>
        <translation>Отклонено: старее установленного %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refused: %1 is already installed</source>
        <translation>Отклонено: %1 уже установлен</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stick removed during the copy: nothing changed</source>
        <translation>Флешку извлекли во время копирования: ничего не изменилось</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused: not enough free disk space on the kiosk</source>
        <translation>Отклонено: на диске киоска недостаточно свободного места</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Another update is running: try again in a moment</source>
        <translation>Идёт другое обновление: повторите чуть позже</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no previous catalog to go back to</source>
        <translation>Нет предыдущего каталога, к которому можно вернуться</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export is not set up: HQ&apos;s key is missing from the configuration</source>
        <translation>Выгрузка не настроена: в конфигурации нет ключа головного офиса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Could not write to the stick: nothing was marked as exported</source>
        <translation>Не удалось записать на флешку: ничего не отмечено как выгруженное</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export failed: %1</source>
        <translation>Выгрузка не удалась: %1</translation>
    </message>
</context>
<context>
    <name>CategoryTileDelegate</name>
    <message numerus="yes">
        <location filename="../../ui/delegates.py" line="+133"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n товар</numerusform>
            <numerusform>%n товара</numerusform>
            <numerusform>%n товаров</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <location filename="../../ui/screens/confirmation.py" line="+197"/>
        <source>Your slip is being printed below this screen…</source>
        <translation>Ваш талон печатается на принтере под экраном…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take your slip from the printer below this screen.</source>
        <translation>Возьмите талон из принтера под экраном.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your request is saved, but the slip could not be printed. Please ask the staff for your slip.</source>
        <translation>Ваша заявка сохранена, но талон не удалось напечатать. Пожалуйста, попросите талон у персонала.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The staff at the sample desk will print your slip.</source>
        <translation>Талон вам распечатают у стойки выдачи образцов.</translation>
    </message>
</context>
<context>
    <name>ConfirmationScreen</name>
    <message>
        <location line="-32"/>
        <source>Thank you! Your request is saved.</source>
        <translation>Спасибо! Ваша заявка сохранена.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your request number</source>
        <translation>Номер вашей заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The staff can scan this code</source>
        <translation>Персонал может отсканировать этот код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n sample(s) of %1 (No. %2)</source>
        <translation>
            <numerusform>%n образец: %1 (№ %2)</numerusform>
            <numerusform>%n образца: %1 (№ %2)</numerusform>
            <numerusform>%n образцов: %1 (№ %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show this number or your slip at the sample desk to collect your sample.</source>
        <translation>Чтобы получить образец, покажите этот номер или талон у стойки выдачи образцов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sample stands at stand %1.</source>
        <translation>Образец стоит на стенде %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A specialist of the centre will call you. Keep your request number.</source>
        <translation>Специалист центра вам позвонит. Сохраните номер заявки.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="+116"/>
        <source>This slip was printed at kiosk %1: its request is in that kiosk&apos;s queue.</source>
        <translation>Этот талон напечатан в киоске %1: заявка в очереди того киоска.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This slip was printed at another kiosk.</source>
        <translation>Этот талон напечатан в другом киоске.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not the code of a request slip.</source>
        <translation>Это не код талона заявки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The slip&apos;s check value is wrong: the code is mistyped or the slip is forged. Nothing was opened.</source>
        <translation>Неверное контрольное число талона: код введён с ошибкой или талон поддельный. Ничего не открыто.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is not a valid request number (like CL-K01-000123-7).</source>
        <translation>Это не номер заявки (номер выглядит так: CL-K01-000123-7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no such request on this kiosk.</source>
        <translation>В этом киоске нет такой заявки.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is a request for help: there is no sample to hand over.</source>
        <translation>Это заявка на помощь: образец выдавать не нужно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not possible for a request in this state.</source>
        <translation>Невозможно для заявки в этом статусе.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+477"/>
        <location line="+120"/>
        <source>That did not work.</source>
        <translation>Не получилось.</translation>
    </message>
    <message>
        <location line="-535"/>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+201"/>
        <source>Filed</source>
        <translation>Подана</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+200"/>
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location line="-199"/>
        <location line="+201"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location line="+204"/>
        <source>Slip</source>
        <translation>Талон</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>Printed %1</source>
        <translation>Напечатан %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed yet</source>
        <translation>Ещё не напечатан</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>by staff, for a visitor who phoned</source>
        <translation>персоналом, для позвонившего посетителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at this kiosk</source>
        <translation>в этом киоске</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not printed: %1</source>
        <translation>Не напечатан: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reprint slip</source>
        <translation>Перепечатать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print slip</source>
        <translation>Печать талона</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Samples</source>
        <translation>Образцы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stand</source>
        <translation>Стенд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled because</source>
        <translation>Причина отмены</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sample handed over</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel request…</source>
        <translation>Отменить заявку…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it cancelled?</source>
        <translation>Почему заявка отменяется?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel the request</source>
        <translation>Отменить заявку</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep it</source>
        <translation>Не отменять</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap a request in the queue, or scan a slip.</source>
        <translation>Выберите заявку в очереди или отсканируйте талон.</translation>
    </message>
    <message>
        <location line="+188"/>
        <source>Scanned: request %1.</source>
        <translation>Отсканировано: заявка %1.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Printing the slip of %1…</source>
        <translation>Печать талона %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The slip of %1 was printed (job %2).</source>
        <translation>Талон %1 напечатан (задание %2).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A cancelled request is not printed.</source>
        <translation>Отменённая заявка не печатается.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The slip could not be printed.</source>
        <translation>Не удалось напечатать талон.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: samples handed over.</source>
        <translation>%1: образцы выданы.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 is cancelled.</source>
        <translation>Заявка %1 отменена.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Слишком длинно: не более %1 знаков.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the reason first.</source>
        <translation>Сначала укажите причину.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../ui/staff/mode.py" line="+465"/>
        <source>Request %1 is filed.</source>
        <translation>Заявка %1 создана.</translation>
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
        <translation>ТН ВЭД %1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n sample(s) on hand</source>
        <translation>
            <numerusform>В наличии %n образец</numerusform>
            <numerusform>В наличии %n образца</numerusform>
            <numerusform>В наличии %n образцов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples on hand: ask the staff</source>
        <translation>Образцов нет: обратитесь к персоналу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stand %1</source>
        <translation>Стенд %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the staff where this sample stands</source>
        <translation>Где стоит образец, спросите у персонала</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: imported %2 for %3</source>
        <translation>В %1 году импортировано %2 на сумму %3</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>makes it already</source>
        <translation>уже производит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>could make it</source>
        <translation>мог бы производить</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No producer in Uzbekistan is known yet. Could it be you?</source>
        <translation>Производитель в Узбекистане пока неизвестен. Может быть, это будете вы?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Materials</source>
        <translation>Материалы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Processes</source>
        <translation>Процессы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request a sample</source>
        <translation>Запросить образец</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports per year</source>
        <translation>Импорт по годам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countries of origin</source>
        <translation>Страны происхождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing plants</source>
        <translation>Заводы-импортёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Producers in Uzbekistan</source>
        <translation>Производители в Узбекистане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What it takes to make it</source>
        <translation>Что нужно для производства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Specifications</source>
        <translation>Характеристики</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicles</source>
        <translation>Модели автомобилей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the sample stands</source>
        <translation>Где стоит образец</translation>
    </message>
</context>
<context>
    <name>FiguresScreen</name>
    <message>
        <location filename="../../ui/staff/figures.py" line="+225"/>
        <source>Item views: %1   Searches: %2   Requests: %3</source>
        <translation>Просмотры товаров: %1   Поиски: %2   Заявки: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Languages: %1</source>
        <translation>Языки: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most viewed items</source>
        <translation>Самые просматриваемые товары</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Views</source>
        <translation>Просмотры</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” — %2 times</source>
        <translation>«%1» — поисков: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every search found something.</source>
        <translation>Все поиски дали результат.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Visitor activity by hour of the day</source>
        <translation>Активность посетителей по часам суток</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Visitor figures (anonymous)</source>
        <translation>Статистика посетителей (анонимная)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24 hours</source>
        <translation>24 часа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>7 days</source>
        <translation>7 дней</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>30 days</source>
        <translation>30 дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All</source>
        <translation>Всё время</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No visitor figures for this period yet.</source>
        <translation>За этот период статистики пока нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Searches that found nothing</source>
        <translation>Поиски без результатов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>FloorMap</name>
    <message>
        <location filename="../../ui/floor_map.py" line="+94"/>
        <source>▲ Entrance</source>
        <translation>▲ Вход</translation>
    </message>
</context>
<context>
    <name>HealthScreen</name>
    <message>
        <location filename="../../ui/staff/figures.py" line="+121"/>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 d</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> (demo)</source>
        <translation> (демо)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiosk %1 · app %2 · catalog %3, %4 items</source>
        <translation>Киоск %1 · программа %2 · каталог %3, товаров: %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Running for %1 · crashes so far: %2</source>
        <translation>Работает %1 · сбоев всего: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (last: %1 UTC)</source>
        <translation> (последний: %1 UTC)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free disk: %1 GB of %2 GB</source>
        <translation>Свободно на диске: %1 ГБ из %2 ГБ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No errors in the logs.</source>
        <translation>В журналах ошибок нет.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ready</source>
        <translation>готов</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>printing</source>
        <translation>печатает</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>state unknown</source>
        <translation>состояние неизвестно</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Request database repaired on %1 UTC: %2 request(s) recovered</source>
        <translation>База заявок восстановлена %1 UTC: восстановлено заявок: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, %1 unreadable</source>
        <translation>, не прочитано: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kiosk health</source>
        <translation>Состояние киоска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last errors</source>
        <translation>Последние ошибки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../ui/screens/home.py" line="+77"/>
        <source>Made abroad today. Made in Uzbekistan tomorrow?</source>
        <translation>Сегодня это делают за рубежом. Завтра — в Узбекистане?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts, raw materials and consumables that the car industry imports. Open one to see import volumes and who could make it, and take a sample.</source>
        <translation>Детали, сырьё и расходные материалы, которые импортирует автопром. Откройте любую позицию, чтобы узнать объёмы импорта и кто мог бы её производить, и возьмите образец.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search by name, item number or HS code</source>
        <translation>Поиск по названию, артикулу или коду ТН ВЭД</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineering, markets, financing ›</source>
        <translation>Инжиниринг, рынки, финансирование ›</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <location filename="../../ui/idle.py" line="+165"/>
        <source>Still there? Touch to continue</source>
        <translation>Вы ещё здесь? Коснитесь экрана, чтобы продолжить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Otherwise what you typed here will be erased.</source>
        <translation>Иначе всё, что вы здесь ввели, будет стёрто.</translation>
    </message>
</context>
<context>
    <name>ImportChart</name>
    <message>
        <location filename="../../ui/charts.py" line="+61"/>
        <source>Import value, USD</source>
        <translation>Стоимость импорта, долл. США</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quantity, %1</source>
        <translation>Количество, %1</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <location filename="../../ui/screens/detail.py" line="-282"/>
        <source>Component</source>
        <translation>Комплектующие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raw material</source>
        <translation>Сырьё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consumable</source>
        <translation>Расходные материалы</translation>
    </message>
</context>
<context>
    <name>LoadingScreen</name>
    <message>
        <location filename="../../ui/main_window.py" line="+74"/>
        <source>Preparing the catalog…</source>
        <translation>Подготовка каталога…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location line="+238"/>
        <source>The catalog cannot be opened. Please call the staff.</source>
        <translation>Не удаётся открыть каталог. Пожалуйста, позовите персонал.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <location filename="../../ui/i18n.py" line="+77"/>
        <source>bn</source>
        <translation>млрд</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>M</source>
        <translation>млн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>k</source>
        <translation>тыс.</translation>
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
        <translation>Готово</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+47"/>
        <source>Space</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <location line="-46"/>
        <location line="+46"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <location filename="../../ui/staff/pin.py" line="+115"/>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Wrong PIN. %n more tries before staff mode locks.</source>
        <translation>
            <numerusform>Неверный PIN-код. До блокировки режима персонала осталась %n попытка.</numerusform>
            <numerusform>Неверный PIN-код. До блокировки режима персонала осталось %n попытки.</numerusform>
            <numerusform>Неверный PIN-код. До блокировки режима персонала осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No staff PIN is set on this kiosk. Set one with: python main.py set-pin</source>
        <translation>На этом киоске не задан PIN-код персонала. Задайте его командой: python main.py set-pin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The PIN could not be checked. Try again.</source>
        <translation>Не удалось проверить PIN-код. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 wrong PINs: staff mode is locked until %2.</source>
        <translation>Неверных PIN-кодов: %1. Режим персонала заблокирован до %2.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Staff PIN</source>
        <translation>PIN-код персонала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>Printer</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="-671"/>
        <source>(CUPS default)</source>
        <translation>(принтер CUPS по умолчанию)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The printing system (CUPS) is not installed on this kiosk.</source>
        <translation>На этом киоске не установлена система печати (CUPS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The print service (CUPS) is not running. Restart the kiosk PC.</source>
        <translation>Служба печати (CUPS) не запущена. Перезагрузите компьютер киоска.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No printer is chosen: choose the slip printer in Settings.</source>
        <translation>Принтер не выбран: выберите принтер талонов в разделе «Настройки».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no printer called %1: choose the slip printer in Settings.</source>
        <translation>Принтера %1 нет: выберите принтер талонов в разделе «Настройки».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer %1 is stopped: check it, then switch it on again.</source>
        <translation>Принтер %1 остановлен: проверьте его и снова включите.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer %1 does not accept jobs.</source>
        <translation>Принтер %1 не принимает задания.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer %1 is out of paper: put in a new roll.</source>
        <translation>В принтере %1 закончилась бумага: вставьте новый рулон.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The print service refused the slip.</source>
        <translation>Служба печати отклонила талон.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer %1 did not print the slip in time (paper, cover, cable?). The job was cancelled.</source>
        <translation>Принтер %1 не напечатал талон вовремя (бумага, крышка, кабель?). Задание отменено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The slip could not be printed.</source>
        <translation>Не удалось напечатать талон.</translation>
    </message>
</context>
<context>
    <name>PrinterSection</name>
    <message>
        <location filename="../../ui/staff/mode.py" line="-369"/>
        <source>Asking the print service…</source>
        <translation>Запрос к службе печати…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printer: %1</source>
        <translation>Принтер: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ready to print.</source>
        <translation>Готов к печати.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The print service says: %1</source>
        <translation>Сообщение службы печати: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Jobs waiting: %1</source>
        <translation>Заданий в очереди: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The printer&apos;s state could not be read.</source>
        <translation>Не удалось узнать состояние принтера.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Printing a test slip…</source>
        <translation>Печать тестового талона…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The test slip was printed (job %1).</source>
        <translation>Тестовый талон напечатан (задание %1).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The test slip could not be printed.</source>
        <translation>Не удалось напечатать тестовый талон.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Slip printer</source>
        <translation>Принтер талонов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check the printer</source>
        <translation>Проверить принтер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a test slip</source>
        <translation>Напечатать тестовый талон</translation>
    </message>
</context>
<context>
    <name>RecoveryNotice</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="+740"/>
        <source>Every request in it was recovered (%1).</source>
        <translation>Все заявки из неё восстановлены (%1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Requests recovered: %1. At least %2 could not be read, and more may be missing.</source>
        <translation>Восстановлено заявок: %1. Не удалось прочитать не менее %2, могут отсутствовать и другие.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Requests recovered: %1. Some may be missing.</source>
        <translation>Восстановлено заявок: %1. Некоторые могут отсутствовать.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The kiosk&apos;s request database was damaged and was replaced on %1.</source>
        <translation>База заявок киоска была повреждена и заменена %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The damaged file was kept as %1.</source>
        <translation>Повреждённый файл сохранён как %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dismiss</source>
        <translation>Скрыть</translation>
    </message>
</context>
<context>
    <name>RequestDesk</name>
    <message>
        <location line="-100"/>
        <source>Search: number, company, name, phone, item</source>
        <translation>Поиск: номер, компания, имя, телефон, товар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New request for a caller</source>
        <translation>Новая заявка по телефону</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No requests here.</source>
        <translation>Заявок нет.</translation>
    </message>
</context>
<context>
    <name>RequestForm</name>
    <message>
        <location filename="../../ui/screens/request_form.py" line="+80"/>
        <source>Please fill this in.</source>
        <translation>Пожалуйста, заполните это поле.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Too long: at most %1 characters.</source>
        <translation>Слишком длинно: не более %1 знаков.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a phone number: +998 and 9 digits, e.g. +998 90 123-45-67.</source>
        <translation>Введите номер телефона: +998 и 9 цифр, например +998 90 123-45-67.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A TIN has 9 digits and starts with 2 to 7. Leave it empty if you do not know it.</source>
        <translation>ИНН состоит из 9 цифр и начинается с цифры от 2 до 7. Если вы его не знаете, оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This is not an e-mail address.</source>
        <translation>Это не адрес электронной почты.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your region.</source>
        <translation>Выберите ваш регион.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From 1 to %1 samples.</source>
        <translation>От 1 до %1 образцов.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %n sample(s) on hand.</source>
        <translation>В наличии только %n образец.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples of this item are on hand.</source>
        <translation>Образцов этого товара нет в наличии.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Please agree to the processing of your data to send the request.</source>
        <translation>Чтобы отправить заявку, дайте согласие на обработку ваших персональных данных.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no item with this number.</source>
        <translation>Товара с таким артикулом нет.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the kind of help.</source>
        <translation>Выберите вид помощи.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check this field.</source>
        <translation>Пожалуйста, проверьте это поле.</translation>
    </message>
    <message>
        <location line="+377"/>
        <source>Your region</source>
        <translation>Ваш регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>I agree</source>
        <translation>Я даю согласие</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Saving your request…</source>
        <translation>Сохраняем вашу заявку…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Your request could not be saved. Please ask the staff at the sample desk.</source>
        <translation>Не удалось сохранить заявку. Пожалуйста, обратитесь к персоналу у стойки выдачи образцов.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please check the fields marked in red.</source>
        <translation>Пожалуйста, проверьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This request cannot be sent. Please ask the staff.</source>
        <translation>Эту заявку нельзя отправить. Пожалуйста, обратитесь к персоналу.</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n sample(s) on hand</source>
        <translation>
            <numerusform>В наличии %n образец</numerusform>
            <numerusform>В наличии %n образца</numerusform>
            <numerusform>В наличии %n образцов</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No samples on hand: ask the staff</source>
        <translation>Образцов нет: обратитесь к персоналу</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Request a sample</source>
        <translation>Заявка на образец</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell us who you are; the staff will hand you the sample with your slip.</source>
        <translation>Расскажите о себе — персонал выдаст вам образец по талону.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the centre for help</source>
        <translation>Обратиться за помощью в центр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell us who you are and what you need; a specialist will contact you.</source>
        <translation>Расскажите о себе и о том, что вам нужно, — специалист свяжется с вами.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New request for a visitor who phoned</source>
        <translation>Новая заявка для позвонившего посетителя</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the consent text to the visitor and tick it only if they agree.</source>
        <translation>Зачитайте посетителю текст согласия и отметьте его, только если посетитель согласен.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stand %1</source>
        <translation>Стенд %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>‹  Back</source>
        <translation>‹  Назад</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What do you need?</source>
        <translation>Что вам нужно?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item number</source>
        <translation>Артикул</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of samples</source>
        <translation>Количество образцов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visitor&apos;s name</source>
        <translation>Имя посетителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TIN (optional)</source>
        <translation>ИНН (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail (optional)</source>
        <translation>E-mail (необязательно)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What is it about? (a few words)</source>
        <translation>О чём речь? (в двух словах)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note (optional)</source>
        <translation>Примечание (необязательно)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent to the processing of personal data</source>
        <translation>Согласие на обработку персональных данных</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send request</source>
        <translation>Отправить заявку</translation>
    </message>
</context>
<context>
    <name>RequestKind</name>
    <message>
        <location line="-613"/>
        <source>Samples of an item</source>
        <translation>Образцы товара</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engineering help</source>
        <translation>Инжиниринговая помощь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding markets</source>
        <translation>Поиск рынков сбыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Financing through partner banks</source>
        <translation>Финансирование</translation>
    </message>
</context>
<context>
    <name>RequestStatus</name>
    <message>
        <location filename="../../ui/staff/desk.py" line="-701"/>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printed</source>
        <translation>Напечатана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sample issued</source>
        <translation>Образец выдан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Отменена</translation>
    </message>
</context>
<context>
    <name>ServicesScreen</name>
    <message>
        <location filename="../../ui/screens/services.py" line="+73"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the centre can help</source>
        <translation>Чем поможет центр</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooperation LAB takes a proposal from idea to the counter: with engineering, with buyers, and with money.</source>
        <translation>Cooperation LAB ведёт проект «от идеи до прилавка»: инжинирингом, поиском покупателей и финансированием.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engineering and technical help</source>
        <translation>Инжиниринговая и техническая помощь</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drawings, materials, tooling and processes: the centre&apos;s engineers and partner designers help you prepare production of a part.</source>
        <translation>Чертежи, материалы, оснастка и технологии: инженеры центра и партнёры-конструкторы помогут подготовить производство детали.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finding markets</source>
        <translation>Поиск рынков сбыта</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meet the car plants that import the part today, learn their volumes and requirements, and find buyers for what you make.</source>
        <translation>Познакомьтесь с автозаводами, которые сегодня импортируют деталь, узнайте их объёмы и требования и найдите покупателей для своей продукции.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Financing through partner banks</source>
        <translation>Финансирование через банки-партнёры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &quot;project factory&quot; turns your idea into a proposal that partner commercial banks can finance.</source>
        <translation>«Фабрика проектов» превратит вашу идею в проектное предложение, которое смогут профинансировать коммерческие банки-партнёры.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ask for help</source>
        <translation>Запросить помощь</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <location filename="../../ui/staff/settings.py" line="+206"/>
        <source>CUPS default</source>
        <translation>По умолчанию (CUPS)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (not found)</source>
        <translation>%1 (не найден)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The settings were not saved: %1</source>
        <translation>Настройки не сохранены: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In force until the kiosk restarts: it was started without a configuration file, so nothing was saved.</source>
        <translation>Действует до перезапуска киоска: он запущен без файла конфигурации, поэтому ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved. The new settings are in force.</source>
        <translation>Сохранено. Новые настройки вступили в силу.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kiosk settings</source>
        <translation>Настройки киоска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Idle time before the visitor&apos;s input is wiped</source>
        <translation>Время бездействия до стирания введённых посетителем данных</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language of the attract and home screens</source>
        <translation>Язык заставки и главного экрана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the slip as soon as a request is made</source>
        <translation>Печатать талон сразу после оформления заявки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slip printer</source>
        <translation>Принтер талонов</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Install newer catalogs from a USB stick by itself</source>
        <translation>Автоматически устанавливать новые каталоги с USB-флешки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo changes</source>
        <translation>Отменить изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
</context>
<context>
    <name>StaffScreen</name>
    <message>
        <location filename="../../ui/staff/mode.py" line="+108"/>
        <source>Staff mode · kiosk %1</source>
        <translation>Персонал · киоск %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ends by itself after a few minutes without a touch.</source>
        <translation>Закроется сам через пару минут простоя.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back to visitor screens</source>
        <translation>Режим посетителя</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tap again to leave kiosk mode</source>
        <translation>Нажмите ещё раз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave kiosk mode</source>
        <translation>Закрыть киоск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requests</source>
        <translation>Заявки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Catalog update</source>
        <translation>Обновление каталога</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Health</source>
        <translation>Состояние</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../ui/screens/detail.py" line="+6"/>
        <source>Not made in Uzbekistan yet</source>
        <translation>Пока не производится в Узбекистане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Localization in progress</source>
        <translation>Идёт локализация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly made in Uzbekistan</source>
        <translation>Частично производится в Узбекистане</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made in Uzbekistan</source>
        <translation>Производится в Узбекистане</translation>
    </message>
</context>
<context>
    <name>Toggle</name>
    <message>
        <location filename="../../ui/staff/settings.py" line="-217"/>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../ui/main_window.py" line="-159"/>
        <source>Home</source>
        <translation>Главная</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Centre&apos;s help</source>
        <translation>Помощь центра</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DEMO DATA: not real figures</source>
        <translation>ДЕМО: цифры не настоящие</translation>
    </message>
</context>
<context>
    <name>Unit</name>
    <message>
        <location filename="../../ui/i18n.py" line="+5"/>
        <source>pcs</source>
        <translation>шт.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sets</source>
        <translation>компл.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>кг</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>t</source>
        <translation>т</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>l</source>
        <translation>л</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m</source>
        <translation>м</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>m²</source>
        <translation>м²</translation>
    </message>
</context>
</TS>
