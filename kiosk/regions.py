"""The regions of Uzbekistan a visitor can name: 12 regions, Karakalpakstan and Tashkent city."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    code: str
    uz: str
    ru: str
    en: str

    def name(self, lang: str) -> str:
        return str(getattr(self, lang, self.en))


REGIONS: tuple[Region, ...] = (
    Region("karakalpakstan", "Qoraqalpogʻiston Respublikasi", "Республика Каракалпакстан",
           "Republic of Karakalpakstan"),
    Region("andijan", "Andijon viloyati", "Андижанская область", "Andijan Region"),
    Region("bukhara", "Buxoro viloyati", "Бухарская область", "Bukhara Region"),
    Region("jizzakh", "Jizzax viloyati", "Джизакская область", "Jizzakh Region"),
    Region("kashkadarya", "Qashqadaryo viloyati", "Кашкадарьинская область",
           "Kashkadarya Region"),
    Region("navoi", "Navoiy viloyati", "Навоийская область", "Navoi Region"),
    Region("namangan", "Namangan viloyati", "Наманганская область", "Namangan Region"),
    Region("samarkand", "Samarqand viloyati", "Самаркандская область", "Samarkand Region"),
    Region("surkhandarya", "Surxondaryo viloyati", "Сурхандарьинская область",
           "Surkhandarya Region"),
    Region("syrdarya", "Sirdaryo viloyati", "Сырдарьинская область", "Syrdarya Region"),
    Region("tashkent_region", "Toshkent viloyati", "Ташкентская область", "Tashkent Region"),
    Region("fergana", "Fargʻona viloyati", "Ферганская область", "Fergana Region"),
    Region("khorezm", "Xorazm viloyati", "Хорезмская область", "Khorezm Region"),
    Region("tashkent_city", "Toshkent shahri", "город Ташкент", "Tashkent City"),
)

REGION_BY_CODE: dict[str, Region] = {r.code: r for r in REGIONS}
