#!/usr/bin/python3
"""Writes extract/lexicon/states.json: every UN member and observer state, Taiwan and Kosovo.

    scripts/make-states.py [--tsv ../shared/data/countries.tsv]
                           [--iso /usr/share/iso-codes/json/iso_3166-1.json]
                           [-o extract/lexicon/states.json]

Facts come from public tables: ISO codes, UN terminology names, CLDR names, capitals and
Wikidata QIDs from countries.tsv; ISO names and official names from Debian's iso-codes.
The table below adds what news text needs and those tables lack: the name a news reader
expects, demonyms, short forms and acronyms, and seats of government used as metonyms. It
also drops names that are ambiguous between two states ("Congo").

Every surface form (name, alias, demonym, capital) must belong to one state only; the script
stops with an error when two states share one.
"""
import argparse
import csv
import json
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

# id | name ("" = the CLDR name) | demonyms | more aliases | capitals ("" = the table's) | names to drop
# Lists are separated by ";". A capital list starting with "+" adds to the table's capital.
TABLE = """
AFG | Afghanistan | Afghan | Islamic Emirate of Afghanistan | + |
ALB | Albania | Albanian | | + |
DZA | Algeria | Algerian | | + |
AND | Andorra | Andorran | | + |
AGO | Angola | Angolan | | + |
ATG | Antigua and Barbuda | Antiguan | Antigua | + |
ARG | Argentina | Argentine; Argentinian | | + |
ARM | Armenia | Armenian | | + |
AUS | Australia | Australian | | + |
AUT | Austria | Austrian | | + |
AZE | Azerbaijan | Azerbaijani; Azeri | | + |
BHS | Bahamas | Bahamian | | + |
BHR | Bahrain | Bahraini | | + |
BGD | Bangladesh | Bangladeshi | | + |
BRB | Barbados | Barbadian | | + |
BLR | Belarus | Belarusian | | + |
BEL | Belgium | Belgian | | + |
BLZ | Belize | Belizean | | + |
BEN | Benin | Beninese | | + Cotonou |
BTN | Bhutan | Bhutanese | | + |
BOL | Bolivia | Bolivian | | La Paz; Sucre |
BIH | Bosnia and Herzegovina | Bosnian | Bosnia-Herzegovina; BiH | + |
BWA | Botswana | Botswanan; Motswana | | + |
BRA | Brazil | Brazilian | | + Brasília |
BRN | Brunei | Bruneian | | + |
BGR | Bulgaria | Bulgarian | | + |
BFA | Burkina Faso | Burkinabe; Burkinabè | | + |
BDI | Burundi | Burundian | | Gitega; Bujumbura |
CPV | Cape Verde | Cape Verdean; Cabo Verdean | | + |
KHM | Cambodia | Cambodian | | + |
CMR | Cameroon | Cameroonian | | + Yaoundé |
CAN | Canada | Canadian | | + |
CAF | Central African Republic | Central African | CAR | + |
TCD | Chad | Chadian | | + |
CHL | Chile | Chilean | | + |
CHN | China | Chinese | PRC; P.R.C.; Mainland China | + |
COL | Colombia | Colombian | | + Bogotá |
COM | Comoros | Comorian; Comoran | | + |
COG | Republic of the Congo | | Republic of Congo; Congo Republic; Congo-Brazzaville | + | Congo
COD | Democratic Republic of the Congo | Congolese | Democratic Republic of Congo; DR Congo; D.R. Congo; DRC; D.R.C.; Congo-Kinshasa | + |
CRI | Costa Rica | Costa Rican | | + San José |
CIV | Ivory Coast | Ivorian | Côte d'Ivoire; Cote d'Ivoire; Republic of Cote d'Ivoire | Yamoussoukro; Abidjan |
HRV | Croatia | Croatian | | + |
CUB | Cuba | Cuban | | + |
CYP | Cyprus | Cypriot | | + |
CZE | Czech Republic | Czech | Czechia | + |
PRK | North Korea | North Korean | DPRK; D.P.R.K.; N. Korea; N.Korea | + |
DNK | Denmark | Danish | | + |
DJI | Djibouti | Djiboutian | | + |
DMA | Dominica | | | + |
DOM | Dominican Republic | Dominican | | + |
ECU | Ecuador | Ecuadorian; Ecuadorean | | + |
EGY | Egypt | Egyptian | | + |
SLV | El Salvador | Salvadoran; Salvadorean | | + |
GNQ | Equatorial Guinea | Equatorial Guinean; Equatoguinean | | Malabo; Ciudad de la Paz |
ERI | Eritrea | Eritrean | | + |
EST | Estonia | Estonian | | + |
SWZ | Eswatini | Swazi | Swaziland; Kingdom of Swaziland | Mbabane; Lobamba |
ETH | Ethiopia | Ethiopian | | + |
FJI | Fiji | Fijian | | + |
FIN | Finland | Finnish | | + |
FRA | France | French | | + |
GAB | Gabon | Gabonese | | + |
GMB | Gambia | Gambian | | + |
GEO | Georgia | Georgian | | + |
DEU | Germany | German | | + |
GHA | Ghana | Ghanaian | | + |
GRC | Greece | Greek | | + |
GRD | Grenada | Grenadian | | + |
GTM | Guatemala | Guatemalan | | + |
GIN | Guinea | Guinean | | + |
GNB | Guinea-Bissau | Bissau-Guinean | Guinea Bissau | + |
GUY | Guyana | Guyanese | | - |
HTI | Haiti | Haitian | | + |
VAT | Holy See | Vatican | Vatican; Vatican City State | - |
HND | Honduras | Honduran | | + |
HUN | Hungary | Hungarian | | + |
ISL | Iceland | Icelandic | | + Reykjavík |
IND | India | Indian | | + |
IDN | Indonesia | Indonesian | | + |
IRN | Iran | Iranian | | + Teheran |
IRQ | Iraq | Iraqi | | + |
IRL | Ireland | Irish | Republic of Ireland | + |
ISR | Israel | Israeli | | + |
ITA | Italy | Italian | | + |
JAM | Jamaica | Jamaican | | + |
JPN | Japan | Japanese | | + |
JOR | Jordan | Jordanian | | + |
KAZ | Kazakhstan | Kazakh; Kazakhstani | | Astana; Nur-Sultan |
KEN | Kenya | Kenyan | | + |
KIR | Kiribati | I-Kiribati | | Tarawa; South Tarawa |
KWT | Kuwait | Kuwaiti | | + |
KGZ | Kyrgyzstan | Kyrgyz; Kyrgyzstani | | + |
LAO | Laos | Lao; Laotian | Lao PDR | + |
LVA | Latvia | Latvian | | + |
LBN | Lebanon | Lebanese | | + |
LSO | Lesotho | Basotho; Mosotho | | + |
LBR | Liberia | Liberian | | + |
LBY | Libya | Libyan | | + |
LIE | Liechtenstein | Liechtensteiner | | + |
LTU | Lithuania | Lithuanian | | + |
LUX | Luxembourg | Luxembourgish; Luxembourger | | + |
MDG | Madagascar | Malagasy | | + |
MWI | Malawi | Malawian | | + |
MYS | Malaysia | Malaysian | | Kuala Lumpur; Putrajaya |
MDV | Maldives | Maldivian | | Malé |
MLI | Mali | Malian | | + |
MLT | Malta | Maltese | | + |
MHL | Marshall Islands | Marshallese | | + |
MRT | Mauritania | Mauritanian | | + |
MUS | Mauritius | Mauritian | | + |
MEX | Mexico | Mexican | | + |
FSM | Micronesia | Micronesian | | + |
MDA | Moldova | Moldovan | | + Chișinău |
MCO | Monaco | Monegasque | | + |
MNG | Mongolia | Mongolian | | + Ulan Bator |
MNE | Montenegro | Montenegrin | | + |
MAR | Morocco | Moroccan | | + |
MOZ | Mozambique | Mozambican | | + |
MMR | Myanmar | Burmese | Burma | Naypyidaw; Nay Pyi Taw; Naypyitaw |
NAM | Namibia | Namibian | | + |
NRU | Nauru | Nauruan | | + |
NPL | Nepal | Nepali; Nepalese | | + |
NLD | Netherlands | Dutch | Holland | + |
NZL | New Zealand | New Zealander | | + |
NIC | Nicaragua | Nicaraguan | | + |
NER | Niger | Nigerien | | + |
NGA | Nigeria | Nigerian | | + |
MKD | North Macedonia | North Macedonian; Macedonian | Former Yugoslav Republic of Macedonia; FYROM | + |
NOR | Norway | Norwegian | | + |
OMN | Oman | Omani | | + |
PAK | Pakistan | Pakistani | | + |
PLW | Palau | Palauan | | Ngerulmud; Melekeok |
PAN | Panama | Panamanian | | + |
PNG | Papua New Guinea | Papua New Guinean | PNG | + |
PRY | Paraguay | Paraguayan | | + Asunción |
PER | Peru | Peruvian | | + |
PHL | Philippines | Filipino; Philippine | | + |
POL | Poland | Polish | | + |
PRT | Portugal | Portuguese | | + |
QAT | Qatar | Qatari | | + |
KOR | South Korea | South Korean | ROK; R.O.K.; S. Korea; S.Korea | + |
ROU | Romania | Romanian | | + |
RUS | Russia | Russian | | + |
RWA | Rwanda | Rwandan | | + |
KNA | Saint Kitts and Nevis | Kittitian | St Kitts and Nevis; St. Kitts and Nevis; St Kitts; St. Kitts | + |
LCA | Saint Lucia | Saint Lucian; St Lucian | St Lucia | + |
VCT | Saint Vincent and the Grenadines | Vincentian | St Vincent and the Grenadines; St. Vincent and the Grenadines | + |
WSM | Samoa | Samoan | | + |
SMR | San Marino | Sammarinese | | + |
STP | Sao Tome and Principe | Sao Tomean | São Tomé and Príncipe | + São Tomé |
SAU | Saudi Arabia | Saudi; Saudi Arabian | | + |
SEN | Senegal | Senegalese | | + |
SRB | Serbia | Serbian | | + |
SYC | Seychelles | Seychellois | | - |
SLE | Sierra Leone | Sierra Leonean | | + |
SGP | Singapore | Singaporean | | + |
SVK | Slovakia | Slovak | | + |
SVN | Slovenia | Slovenian; Slovene | | + |
SLB | Solomon Islands | Solomon Islander | | + |
SOM | Somalia | Somali; Somalian | | + |
ZAF | South Africa | South African | | + |
SSD | South Sudan | South Sudanese | | + |
ESP | Spain | Spanish | | + |
LKA | Sri Lanka | Sri Lankan | | Colombo; Sri Jayawardenepura Kotte |
PSE | Palestine | Palestinian | | Ramallah |
SDN | Sudan | Sudanese | | + |
SUR | Suriname | Surinamese | Surinam | + |
SWE | Sweden | Swedish | | + |
CHE | Switzerland | Swiss | | + Berne |
SYR | Syria | Syrian | | + |
TWN | Taiwan | Taiwanese | Republic of China; ROC; Chinese Taipei | + |
TJK | Tajikistan | Tajik; Tajikistani | | + |
THA | Thailand | Thai | | + |
TLS | East Timor | East Timorese; Timorese | Timor Leste | + |
TGO | Togo | Togolese | | + Lomé |
TON | Tonga | Tongan | | + Nukuʻalofa |
TTO | Trinidad and Tobago | Trinidadian; Tobagonian | | + |
TUN | Tunisia | Tunisian | | + |
TUR | Turkey | Turkish | Republic of Turkey | + |
TKM | Turkmenistan | Turkmen | | + Ashkhabad |
TUV | Tuvalu | Tuvaluan | | + |
UGA | Uganda | Ugandan | | + |
UKR | Ukraine | Ukrainian | | Kyiv; Kiev |
ARE | United Arab Emirates | Emirati | UAE; U.A.E. | + |
GBR | United Kingdom | British | U.K.; Britain; Great Britain | + |
TZA | Tanzania | Tanzanian | | + |
USA | United States | American | United States of America; U.S.; U.S.A.; USA; America | Washington; Washington, D.C.; Washington DC |
URY | Uruguay | Uruguayan | | + |
UZB | Uzbekistan | Uzbek; Uzbekistani | | + |
VUT | Vanuatu | Ni-Vanuatu | | + |
VEN | Venezuela | Venezuelan | | + |
VNM | Vietnam | Vietnamese | Socialist Republic of Vietnam | + |
YEM | Yemen | Yemeni | | Sanaa; Sana'a |
ZMB | Zambia | Zambian | | + |
ZWE | Zimbabwe | Zimbabwean | | + |
XKX | Kosovo | Kosovar; Kosovan | Republic of Kosovo | Pristina; Prishtina |
"""

# Kosovo has no ISO 3166-1 code: XKX is the user-assigned code the EU and others use.
EXTRA_STATES = {"XKX": {"alpha3": "XKX", "wikidata": "Q1246", "capital": "Pristina"}}

# Capitals that are also common words or other places news names often: not metonyms here.
AMBIGUOUS_CAPITALS = {"Victoria", "Male", "Georgetown", "St. John's", "East Jerusalem"}

COMMENT = ("Generated by scripts/make-states.py from ../shared/data/countries.tsv and Debian's "
           "iso-codes; edit the script, not this file. All-caps acronyms (US, UK, CAR, ROC, PNG) "
           "are meant to be matched case-sensitively.")


def split(cell):
    return [x.strip() for x in cell.split(";") if x.strip()]


def ascii_fold(s):
    s = s.replace("\u2019", "'").replace("\u02bb", "'")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def clean(name):
    """A UN or ISO name as running text writes it: no "the", footnote stars or parentheses."""
    if not name:
        return ""
    name = name.replace("*", "").strip()
    if name.endswith("(the)"):
        name = name[: -len("(the)")].strip()
    if "(" in name and name.endswith(")"):
        base, _, rest = name.partition("(")
        rest = rest[:-1].strip()
        name = f"{rest} {base.strip()}" if rest.endswith(" of") else ""
    if "," in name:
        return ""
    if name.lower().startswith("the "):
        name = name[4:]
    return name.strip()


def read_tsv(path):
    with open(path, encoding="utf-8") as f:
        rows = csv.DictReader((line for line in f if not line.startswith("#")), delimiter="\t")
        return {r["alpha3"]: r for r in rows}


def read_iso(path):
    with open(path, encoding="utf-8") as f:
        return {e["alpha_3"]: e for e in json.load(f)["3166-1"]}


def add(lst, *values):
    for v in values:
        if v and v not in lst:
            lst.append(v)


def build(tsv, iso):
    states = []
    for line in TABLE.strip().splitlines():
        cells = [c.strip() for c in line.split("|")]
        sid, name, demonyms, aliases, capitals, drop = cells + [""] * (6 - len(cells))
        row = tsv.get(sid) or EXTRA_STATES[sid]
        iso_entry = iso.get(sid, {})
        drop = set(split(drop))

        cldr = (row.get("cldr_name") or "").replace(" - ", "-").replace("\u2019", "'")
        candidates = [clean(row.get("unterm_short")), clean(row.get("unterm_formal")), cldr,
                      clean(iso_entry.get("name")), clean(iso_entry.get("official_name")),
                      clean(iso_entry.get("common_name"))] + split(aliases)
        all_aliases = []
        for a in candidates:
            add(all_aliases, a)
            if "&" in a:
                add(all_aliases, a.replace("&", "and"))
        for a in list(all_aliases):
            add(all_aliases, ascii_fold(a))

        if capitals.startswith("+"):
            caps = [row["capital"]] + split(capitals[1:])
        elif capitals.strip() == "-":
            caps = []
        else:
            caps = split(capitals)
        caps = [c for i, c in enumerate(caps) if c not in caps[:i]]
        for c in list(caps):
            add(caps, ascii_fold(c))
        caps = [c for c in caps if c and c not in AMBIGUOUS_CAPITALS]

        dems = split(demonyms)
        for d in list(dems):
            add(dems, ascii_fold(d))

        caps = [c for c in caps if c != name and c not in drop]
        all_aliases = [a for a in all_aliases if a != name and a not in caps and a not in drop]
        entry = {"id": sid, "name": name}
        if row.get("wikidata"):
            entry["wikidata"] = row["wikidata"]
        entry["aliases"] = all_aliases
        entry["demonyms"] = dems
        entry["capitals"] = caps
        states.append(entry)
    return sorted(states, key=lambda s: s["id"])


def check(states, tsv):
    owner = {}
    problems = []
    for s in states:
        for form in [s["name"]] + s["aliases"] + s["demonyms"] + s["capitals"]:
            other = owner.setdefault(form, s["id"])
            if other != s["id"]:
                problems.append(f"{form!r} names both {other} and {s['id']}")
    ids = [s["id"] for s in states]
    if len(ids) != len(set(ids)):
        problems.append("an id appears twice")
    independent = {a for a, r in tsv.items() if r["is_independent"] == "Yes"}
    missing = independent - set(ids)
    if missing:
        problems.append(f"independent states missing from the table: {sorted(missing)}")
    return problems


def write(states, out):
    with open(out, "w", encoding="utf-8") as f:
        f.write("{\n")
        f.write(f'  "comment": {json.dumps(COMMENT)},\n')
        f.write('  "states": [\n')
        for i, s in enumerate(states):
            sep = "," if i + 1 < len(states) else ""
            f.write(f"    {json.dumps(s, ensure_ascii=False)}{sep}\n")
        f.write("  ]\n}\n")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tsv", default=os.path.join(ROOT, "..", "shared", "data", "countries.tsv"))
    p.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    p.add_argument("-o", "--output", default=os.path.join(ROOT, "extract", "lexicon", "states.json"))
    args = p.parse_args()
    tsv = read_tsv(args.tsv)
    iso = read_iso(args.iso)
    states = build(tsv, iso)
    problems = check(states, tsv)
    if problems:
        for problem in problems:
            print(f"make-states: {problem}", file=sys.stderr)
        return 1
    write(states, args.output)
    print(f"make-states: {len(states)} states written to {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
