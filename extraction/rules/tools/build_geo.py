"""Build the geographic and organisational gazetteers of extraction/rules/.

    cd /work/main && uv run python extraction/rules/tools/build_geo.py

Reproduces countries.csv, country_terms.csv, cities.csv, organisations.csv and org_terms.csv
deterministically.  The hand-curated knowledge (Arabic forms as Iraqi media write them,
demonyms, capitals, official names, regions, cities, organisations) is embedded below as
data; babel (CLDR) and pycountry only contribute the ISO alpha-3 codes and extra spelling
variants (CLDR Arabic/English short names, ISO 3166 names), never a value the table already
sets.  Edit the tables here, re-run, and commit the script together with the CSVs.
"""
from __future__ import annotations

import csv
import io
import sys
from pathlib import Path

import babel
import pycountry

RULES = Path(__file__).resolve().parent.parent

REGIONS = {
    "MENA": "Middle East & North Africa",
    "SSA": "Sub-Saharan Africa",
    "EUR": "Europe",
    "CAS": "Central Asia",
    "SAS": "South Asia",
    "EAP": "East Asia & Pacific",
    "AMR": "Americas",
}
NON_UN = {"PS", "VA", "XK", "TW"}  # observer states / partially recognised; all others are UN members

# iso2|region|name_en|official_en|demonyms_en|capital_en|name_ar|official_ar|demonyms_ar|capital_ar
# demonyms_ar: masculine forms with the article, ';'-separated; the feminine is derived by
# adding ة to each word ending in ي, unless written explicitly as "masc/fem".
COUNTRIES = """
AD|EUR|Andorra|Principality of Andorra|Andorran|Andorra la Vella|أندورا|إمارة أندورا|الأندوري|أندورا لا فيلا
AE|MENA|United Arab Emirates|United Arab Emirates|Emirati|Abu Dhabi|الإمارات|دولة الإمارات العربية المتحدة|الإماراتي|أبوظبي
AF|SAS|Afghanistan|Islamic Republic of Afghanistan|Afghan|Kabul|أفغانستان|جمهورية أفغانستان الإسلامية|الأفغاني|كابل
AG|AMR|Antigua and Barbuda|Antigua and Barbuda|Antiguan;Barbudan|Saint John's|أنتيغوا وبربودا|أنتيغوا وبربودا|الأنتيغوي|سانت جونز
AL|EUR|Albania|Republic of Albania|Albanian|Tirana|ألبانيا|جمهورية ألبانيا|الألباني|تيرانا
AM|CAS|Armenia|Republic of Armenia|Armenian|Yerevan|أرمينيا|جمهورية أرمينيا|الأرمني;الأرميني|يريفان
AO|SSA|Angola|Republic of Angola|Angolan|Luanda|أنغولا|جمهورية أنغولا|الأنغولي|لواندا
AR|AMR|Argentina|Argentine Republic|Argentine;Argentinian|Buenos Aires|الأرجنتين|جمهورية الأرجنتين|الأرجنتيني|بوينس آيرس
AT|EUR|Austria|Republic of Austria|Austrian|Vienna|النمسا|جمهورية النمسا|النمساوي|فيينا
AU|EAP|Australia|Commonwealth of Australia|Australian|Canberra|أستراليا|كومنولث أستراليا|الأسترالي|كانبرا
AZ|CAS|Azerbaijan|Republic of Azerbaijan|Azerbaijani;Azeri|Baku|أذربيجان|جمهورية أذربيجان|الأذربيجاني;الأذري|باكو
BA|EUR|Bosnia and Herzegovina|Bosnia and Herzegovina|Bosnian|Sarajevo|البوسنة والهرسك|جمهورية البوسنة والهرسك|البوسني|سراييفو
BB|AMR|Barbados|Barbados|Barbadian|Bridgetown|بربادوس|بربادوس|البربادوسي|بريدجتاون
BD|SAS|Bangladesh|People's Republic of Bangladesh|Bangladeshi|Dhaka|بنغلاديش|جمهورية بنغلاديش الشعبية|البنغلاديشي|دكا
BE|EUR|Belgium|Kingdom of Belgium|Belgian|Brussels|بلجيكا|مملكة بلجيكا|البلجيكي|بروكسل
BF|SSA|Burkina Faso|Burkina Faso|Burkinabe|Ouagadougou|بوركينا فاسو|بوركينا فاسو|البوركيني|واغادوغو
BG|EUR|Bulgaria|Republic of Bulgaria|Bulgarian|Sofia|بلغاريا|جمهورية بلغاريا|البلغاري|صوفيا
BH|MENA|Bahrain|Kingdom of Bahrain|Bahraini|Manama|البحرين|مملكة البحرين|البحريني|المنامة
BI|SSA|Burundi|Republic of Burundi|Burundian|Gitega|بوروندي|جمهورية بوروندي|البوروندي|غيتيغا
BJ|SSA|Benin|Republic of Benin|Beninese|Porto-Novo|بنين|جمهورية بنين|البنيني|بورتو نوفو
BN|EAP|Brunei|Brunei Darussalam|Bruneian|Bandar Seri Begawan|بروناي|بروناي دار السلام|البروناوي|بندر سري بكاوان
BO|AMR|Bolivia|Plurinational State of Bolivia|Bolivian|Sucre|بوليفيا|دولة بوليفيا المتعددة القوميات|البوليفي|سوكري
BR|AMR|Brazil|Federative Republic of Brazil|Brazilian|Brasília|البرازيل|جمهورية البرازيل الاتحادية|البرازيلي|برازيليا
BS|AMR|Bahamas|Commonwealth of The Bahamas|Bahamian|Nassau|جزر البهاما|كومنولث جزر البهاما|البهامي|ناساو
BT|SAS|Bhutan|Kingdom of Bhutan|Bhutanese|Thimphu|بوتان|مملكة بوتان|البوتاني|تيمفو
BW|SSA|Botswana|Republic of Botswana|Botswanan;Motswana|Gaborone|بوتسوانا|جمهورية بوتسوانا|البوتسواني|غابورون
BY|EUR|Belarus|Republic of Belarus|Belarusian|Minsk|بيلاروسيا|جمهورية بيلاروسيا|البيلاروسي|مينسك
BZ|AMR|Belize|Belize|Belizean|Belmopan|بليز|بليز|البليزي|بلموبان
CA|AMR|Canada|Canada|Canadian|Ottawa|كندا|كندا|الكندي|أوتاوا
CD|SSA|Democratic Republic of the Congo|Democratic Republic of the Congo|Congolese|Kinshasa|الكونغو الديمقراطية|جمهورية الكونغو الديمقراطية|الكونغولي|كينشاسا
CF|SSA|Central African Republic|Central African Republic|Central African|Bangui|جمهورية أفريقيا الوسطى|جمهورية أفريقيا الوسطى|الأفريقي الأوسط/الأفريقية الوسطى|بانغي
CG|SSA|Congo|Republic of the Congo|Congolese|Brazzaville|الكونغو|جمهورية الكونغو|الكونغولي|برازافيل
CH|EUR|Switzerland|Swiss Confederation|Swiss|Bern|سويسرا|الاتحاد السويسري|السويسري|برن
CI|SSA|Côte d'Ivoire|Republic of Côte d'Ivoire|Ivorian|Yamoussoukro|ساحل العاج|جمهورية كوت ديفوار|الإيفواري;العاجي|ياموسوكرو
CL|AMR|Chile|Republic of Chile|Chilean|Santiago|تشيلي|جمهورية تشيلي|التشيلي;الشيلي|سانتياغو
CM|SSA|Cameroon|Republic of Cameroon|Cameroonian|Yaoundé|الكاميرون|جمهورية الكاميرون|الكاميروني|ياوندي
CN|EAP|China|People's Republic of China|Chinese|Beijing|الصين|جمهورية الصين الشعبية|الصيني|بكين
CO|AMR|Colombia|Republic of Colombia|Colombian|Bogotá|كولومبيا|جمهورية كولومبيا|الكولومبي|بوغوتا
CR|AMR|Costa Rica|Republic of Costa Rica|Costa Rican|San José|كوستاريكا|جمهورية كوستاريكا|الكوستاريكي|سان خوسيه
CU|AMR|Cuba|Republic of Cuba|Cuban|Havana|كوبا|جمهورية كوبا|الكوبي|هافانا
CV|SSA|Cape Verde|Republic of Cabo Verde|Cape Verdean;Cabo Verdean|Praia|الرأس الأخضر|جمهورية الرأس الأخضر|الرأس أخضري|برايا
CY|EUR|Cyprus|Republic of Cyprus|Cypriot|Nicosia|قبرص|جمهورية قبرص|القبرصي|نيقوسيا
CZ|EUR|Czech Republic|Czech Republic|Czech|Prague|التشيك|جمهورية التشيك|التشيكي|براغ
DE|EUR|Germany|Federal Republic of Germany|German|Berlin|ألمانيا|جمهورية ألمانيا الاتحادية|الألماني|برلين
DJ|MENA|Djibouti|Republic of Djibouti|Djiboutian|Djibouti|جيبوتي|جمهورية جيبوتي|الجيبوتي|جيبوتي
DK|EUR|Denmark|Kingdom of Denmark|Danish|Copenhagen|الدنمارك|مملكة الدنمارك|الدنماركي;الدانماركي|كوبنهاغن
DM|AMR|Dominica|Commonwealth of Dominica|Dominican|Roseau|دومينيكا|كومنولث دومينيكا|الدومينيكي|روسو
DO|AMR|Dominican Republic|Dominican Republic|Dominican|Santo Domingo|جمهورية الدومينيكان|جمهورية الدومينيكان|الدومينيكاني|سانتو دومينغو
DZ|MENA|Algeria|People's Democratic Republic of Algeria|Algerian|Algiers|الجزائر|الجمهورية الجزائرية الديمقراطية الشعبية|الجزائري|الجزائر
EC|AMR|Ecuador|Republic of Ecuador|Ecuadorian|Quito|الإكوادور|جمهورية الإكوادور|الإكوادوري|كيتو
EE|EUR|Estonia|Republic of Estonia|Estonian|Tallinn|إستونيا|جمهورية إستونيا|الإستوني|تالين
EG|MENA|Egypt|Arab Republic of Egypt|Egyptian|Cairo|مصر|جمهورية مصر العربية|المصري|القاهرة
ER|SSA|Eritrea|State of Eritrea|Eritrean|Asmara|إريتريا|دولة إريتريا|الإريتري|أسمرة
ES|EUR|Spain|Kingdom of Spain|Spanish|Madrid|إسبانيا|مملكة إسبانيا|الإسباني|مدريد
ET|SSA|Ethiopia|Federal Democratic Republic of Ethiopia|Ethiopian|Addis Ababa|إثيوبيا|جمهورية إثيوبيا الديمقراطية الاتحادية|الإثيوبي|أديس أبابا
FI|EUR|Finland|Republic of Finland|Finnish|Helsinki|فنلندا|جمهورية فنلندا|الفنلندي|هلسنكي
FJ|EAP|Fiji|Republic of Fiji|Fijian|Suva|فيجي|جمهورية فيجي|الفيجي|سوفا
FM|EAP|Micronesia|Federated States of Micronesia|Micronesian|Palikir|ميكرونيزيا|ولايات ميكرونيزيا الموحدة|الميكرونيزي|باليكير
FR|EUR|France|French Republic|French|Paris|فرنسا|الجمهورية الفرنسية|الفرنسي|باريس
GA|SSA|Gabon|Gabonese Republic|Gabonese|Libreville|الغابون|الجمهورية الغابونية|الغابوني|ليبرفيل
GB|EUR|United Kingdom|United Kingdom of Great Britain and Northern Ireland|British|London|بريطانيا|المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية|البريطاني|لندن
GD|AMR|Grenada|Grenada|Grenadian|St. George's|غرينادا|غرينادا|الغرينادي|سانت جورجز
GE|CAS|Georgia|Georgia|Georgian|Tbilisi|جورجيا|جورجيا|الجورجي|تبليسي
GH|SSA|Ghana|Republic of Ghana|Ghanaian|Accra|غانا|جمهورية غانا|الغاني|أكرا
GM|SSA|Gambia|Republic of The Gambia|Gambian|Banjul|غامبيا|جمهورية غامبيا|الغامبي|بانجول
GN|SSA|Guinea|Republic of Guinea|Guinean|Conakry|غينيا|جمهورية غينيا|الغيني|كوناكري
GQ|SSA|Equatorial Guinea|Republic of Equatorial Guinea|Equatorial Guinean;Equatoguinean|Malabo|غينيا الاستوائية|جمهورية غينيا الاستوائية|الغيني الاستوائي|مالابو
GR|EUR|Greece|Hellenic Republic|Greek|Athens|اليونان|الجمهورية الهيلينية|اليوناني|أثينا
GT|AMR|Guatemala|Republic of Guatemala|Guatemalan|Guatemala City|غواتيمالا|جمهورية غواتيمالا|الغواتيمالي|مدينة غواتيمالا
GW|SSA|Guinea-Bissau|Republic of Guinea-Bissau|Bissau-Guinean|Bissau|غينيا بيساو|جمهورية غينيا بيساو|الغيني البيساوي|بيساو
GY|AMR|Guyana|Co-operative Republic of Guyana|Guyanese|Georgetown|غيانا|جمهورية غيانا التعاونية|الغياني|جورجتاون
HN|AMR|Honduras|Republic of Honduras|Honduran|Tegucigalpa|هندوراس|جمهورية هندوراس|الهندوراسي|تيغوسيغالبا
HR|EUR|Croatia|Republic of Croatia|Croatian|Zagreb|كرواتيا|جمهورية كرواتيا|الكرواتي|زغرب
HT|AMR|Haiti|Republic of Haiti|Haitian|Port-au-Prince|هايتي|جمهورية هايتي|الهايتي|بورت أو برنس
HU|EUR|Hungary|Hungary|Hungarian|Budapest|هنغاريا|هنغاريا|الهنغاري;المجري|بودابست
ID|EAP|Indonesia|Republic of Indonesia|Indonesian|Jakarta|إندونيسيا|جمهورية إندونيسيا|الإندونيسي|جاكرتا
IE|EUR|Ireland|Ireland|Irish|Dublin|أيرلندا|أيرلندا|الأيرلندي|دبلن
IL|MENA|Israel|State of Israel|Israeli|Tel Aviv|إسرائيل|دولة إسرائيل|الإسرائيلي|تل أبيب
IN|SAS|India|Republic of India|Indian|New Delhi|الهند|جمهورية الهند|الهندي|نيودلهي
IQ|MENA|Iraq|Republic of Iraq|Iraqi|Baghdad|العراق|جمهورية العراق|العراقي|بغداد
IR|MENA|Iran|Islamic Republic of Iran|Iranian|Tehran|إيران|الجمهورية الإسلامية الإيرانية|الإيراني|طهران
IS|EUR|Iceland|Iceland|Icelandic|Reykjavik|آيسلندا|آيسلندا|الآيسلندي|ريكيافيك
IT|EUR|Italy|Italian Republic|Italian|Rome|إيطاليا|الجمهورية الإيطالية|الإيطالي|روما
JM|AMR|Jamaica|Jamaica|Jamaican|Kingston|جامايكا|جامايكا|الجامايكي|كينغستون
JO|MENA|Jordan|Hashemite Kingdom of Jordan|Jordanian|Amman|الأردن|المملكة الأردنية الهاشمية|الأردني|عمّان
JP|EAP|Japan|Japan|Japanese|Tokyo|اليابان|اليابان|الياباني|طوكيو
KE|SSA|Kenya|Republic of Kenya|Kenyan|Nairobi|كينيا|جمهورية كينيا|الكيني|نيروبي
KG|CAS|Kyrgyzstan|Kyrgyz Republic|Kyrgyz;Kyrgyzstani|Bishkek|قيرغيزستان|جمهورية قيرغيزستان|القيرغيزي;القيرغيزستاني|بيشكك
KH|EAP|Cambodia|Kingdom of Cambodia|Cambodian|Phnom Penh|كمبوديا|مملكة كمبوديا|الكمبودي|بنوم بنه
KI|EAP|Kiribati|Republic of Kiribati|I-Kiribati|Tarawa|كيريباتي|جمهورية كيريباتي|الكيريباتي|تاراوا
KM|MENA|Comoros|Union of the Comoros|Comorian|Moroni|جزر القمر|الاتحاد القمري|القمري|موروني
KN|AMR|Saint Kitts and Nevis|Federation of Saint Kitts and Nevis|Kittitian;Nevisian|Basseterre|سانت كيتس ونيفيس|اتحاد سانت كيتس ونيفيس|الكيتسي|باستير
KP|EAP|North Korea|Democratic People's Republic of Korea|North Korean|Pyongyang|كوريا الشمالية|جمهورية كوريا الشعبية الديمقراطية|الكوري الشمالي|بيونغ يانغ
KR|EAP|South Korea|Republic of Korea|South Korean;Korean|Seoul|كوريا الجنوبية|جمهورية كوريا|الكوري الجنوبي;الكوري|سيول
KW|MENA|Kuwait|State of Kuwait|Kuwaiti|Kuwait City|الكويت|دولة الكويت|الكويتي|مدينة الكويت
KZ|CAS|Kazakhstan|Republic of Kazakhstan|Kazakh;Kazakhstani|Astana|كازاخستان|جمهورية كازاخستان|الكازاخستاني;الكازاخي|أستانا
LA|EAP|Laos|Lao People's Democratic Republic|Lao;Laotian|Vientiane|لاوس|جمهورية لاو الديمقراطية الشعبية|اللاوسي|فيينتيان
LB|MENA|Lebanon|Lebanese Republic|Lebanese|Beirut|لبنان|الجمهورية اللبنانية|اللبناني|بيروت
LC|AMR|Saint Lucia|Saint Lucia|Saint Lucian|Castries|سانت لوسيا|سانت لوسيا|اللوسي|كاستريس
LI|EUR|Liechtenstein|Principality of Liechtenstein|Liechtensteiner|Vaduz|ليختنشتاين|إمارة ليختنشتاين|الليختنشتايني|فادوز
LK|SAS|Sri Lanka|Democratic Socialist Republic of Sri Lanka|Sri Lankan|Sri Jayawardenepura Kotte|سريلانكا|جمهورية سريلانكا الديمقراطية الاشتراكية|السريلانكي|سري جاياواردنابورا كوتي
LR|SSA|Liberia|Republic of Liberia|Liberian|Monrovia|ليبيريا|جمهورية ليبيريا|الليبيري|مونروفيا
LS|SSA|Lesotho|Kingdom of Lesotho|Basotho;Mosotho|Maseru|ليسوتو|مملكة ليسوتو|الليسوتي|ماسيرو
LT|EUR|Lithuania|Republic of Lithuania|Lithuanian|Vilnius|ليتوانيا|جمهورية ليتوانيا|الليتواني|فيلنيوس
LU|EUR|Luxembourg|Grand Duchy of Luxembourg|Luxembourgish;Luxembourger|Luxembourg|لوكسمبورغ|دوقية لوكسمبورغ الكبرى|اللوكسمبورغي|لوكسمبورغ
LV|EUR|Latvia|Republic of Latvia|Latvian|Riga|لاتفيا|جمهورية لاتفيا|اللاتفي|ريغا
LY|MENA|Libya|State of Libya|Libyan|Tripoli|ليبيا|دولة ليبيا|الليبي|طرابلس
MA|MENA|Morocco|Kingdom of Morocco|Moroccan|Rabat|المغرب|المملكة المغربية|المغربي|الرباط
MC|EUR|Monaco|Principality of Monaco|Monegasque|Monaco|موناكو|إمارة موناكو|الموناكي|موناكو
MD|EUR|Moldova|Republic of Moldova|Moldovan|Chisinau|مولدوفا|جمهورية مولدوفا|المولدوفي|كيشيناو
ME|EUR|Montenegro|Montenegro|Montenegrin|Podgorica|الجبل الأسود|الجبل الأسود|المونتينيغري|بودغوريتسا
MG|SSA|Madagascar|Republic of Madagascar|Malagasy|Antananarivo|مدغشقر|جمهورية مدغشقر|المدغشقري;الملغاشي|أنتاناناريفو
MH|EAP|Marshall Islands|Republic of the Marshall Islands|Marshallese|Majuro|جزر مارشال|جمهورية جزر مارشال|المارشالي|ماجورو
MK|EUR|North Macedonia|Republic of North Macedonia|North Macedonian;Macedonian|Skopje|مقدونيا الشمالية|جمهورية مقدونيا الشمالية|المقدوني|سكوبيه
ML|SSA|Mali|Republic of Mali|Malian|Bamako|مالي|جمهورية مالي|المالي|باماكو
MM|EAP|Myanmar|Republic of the Union of Myanmar|Burmese|Naypyidaw|ميانمار|جمهورية اتحاد ميانمار|الميانماري;البورمي|نايبيداو
MN|EAP|Mongolia|Mongolia|Mongolian|Ulaanbaatar|منغوليا|منغوليا|المنغولي|أولان باتور
MR|MENA|Mauritania|Islamic Republic of Mauritania|Mauritanian|Nouakchott|موريتانيا|الجمهورية الإسلامية الموريتانية|الموريتاني|نواكشوط
MT|EUR|Malta|Republic of Malta|Maltese|Valletta|مالطا|جمهورية مالطا|المالطي|فاليتا
MU|SSA|Mauritius|Republic of Mauritius|Mauritian|Port Louis|موريشيوس|جمهورية موريشيوس|الموريشيوسي|بورت لويس
MV|SAS|Maldives|Republic of Maldives|Maldivian|Malé|جزر المالديف|جمهورية المالديف|المالديفي|ماليه
MW|SSA|Malawi|Republic of Malawi|Malawian|Lilongwe|ملاوي|جمهورية ملاوي|الملاوي;المالاوي|ليلونغوي
MX|AMR|Mexico|United Mexican States|Mexican|Mexico City|المكسيك|الولايات المتحدة المكسيكية|المكسيكي|مكسيكو سيتي
MY|EAP|Malaysia|Malaysia|Malaysian|Kuala Lumpur|ماليزيا|ماليزيا|الماليزي|كوالالمبور
MZ|SSA|Mozambique|Republic of Mozambique|Mozambican|Maputo|موزمبيق|جمهورية موزمبيق|الموزمبيقي|مابوتو
NA|SSA|Namibia|Republic of Namibia|Namibian|Windhoek|ناميبيا|جمهورية ناميبيا|الناميبي|ويندهوك
NE|SSA|Niger|Republic of the Niger|Nigerien|Niamey|النيجر|جمهورية النيجر|النيجري|نيامي
NG|SSA|Nigeria|Federal Republic of Nigeria|Nigerian|Abuja|نيجيريا|جمهورية نيجيريا الاتحادية|النيجيري|أبوجا
NI|AMR|Nicaragua|Republic of Nicaragua|Nicaraguan|Managua|نيكاراغوا|جمهورية نيكاراغوا|النيكاراغوي|ماناغوا
NL|EUR|Netherlands|Kingdom of the Netherlands|Dutch|Amsterdam|هولندا|مملكة هولندا|الهولندي|أمستردام
NO|EUR|Norway|Kingdom of Norway|Norwegian|Oslo|النرويج|مملكة النرويج|النرويجي|أوسلو
NP|SAS|Nepal|Federal Democratic Republic of Nepal|Nepali;Nepalese|Kathmandu|نيبال|جمهورية نيبال الديمقراطية الاتحادية|النيبالي|كاتماندو
NR|EAP|Nauru|Republic of Nauru|Nauruan|Yaren|ناورو|جمهورية ناورو|الناوروي|يارين
NZ|EAP|New Zealand|New Zealand|New Zealander|Wellington|نيوزيلندا|نيوزيلندا|النيوزيلندي|ويلينغتون
OM|MENA|Oman|Sultanate of Oman|Omani|Muscat|عُمان|سلطنة عُمان|العُماني|مسقط
PA|AMR|Panama|Republic of Panama|Panamanian|Panama City|بنما|جمهورية بنما|البنمي|مدينة بنما
PE|AMR|Peru|Republic of Peru|Peruvian|Lima|بيرو|جمهورية بيرو|البيروفي|ليما
PG|EAP|Papua New Guinea|Independent State of Papua New Guinea|Papua New Guinean|Port Moresby|بابوا غينيا الجديدة|دولة بابوا غينيا الجديدة المستقلة|البابوا غيني|بورت مورسبي
PH|EAP|Philippines|Republic of the Philippines|Filipino;Philippine|Manila|الفلبين|جمهورية الفلبين|الفلبيني|مانيلا
PK|SAS|Pakistan|Islamic Republic of Pakistan|Pakistani|Islamabad|باكستان|جمهورية باكستان الإسلامية|الباكستاني|إسلام آباد
PL|EUR|Poland|Republic of Poland|Polish|Warsaw|بولندا|جمهورية بولندا|البولندي|وارسو
PS|MENA|Palestine|State of Palestine|Palestinian|Jerusalem|فلسطين|دولة فلسطين|الفلسطيني|القدس
PT|EUR|Portugal|Portuguese Republic|Portuguese|Lisbon|البرتغال|الجمهورية البرتغالية|البرتغالي|لشبونة
PW|EAP|Palau|Republic of Palau|Palauan|Ngerulmud|بالاو|جمهورية بالاو|البالاوي|نغيرولمود
PY|AMR|Paraguay|Republic of Paraguay|Paraguayan|Asunción|باراغواي|جمهورية باراغواي|الباراغوياني|أسونسيون
QA|MENA|Qatar|State of Qatar|Qatari|Doha|قطر|دولة قطر|القطري|الدوحة
RO|EUR|Romania|Romania|Romanian|Bucharest|رومانيا|رومانيا|الروماني|بوخارست
RS|EUR|Serbia|Republic of Serbia|Serbian;Serb|Belgrade|صربيا|جمهورية صربيا|الصربي|بلغراد
RU|EUR|Russia|Russian Federation|Russian|Moscow|روسيا|روسيا الاتحادية|الروسي|موسكو
RW|SSA|Rwanda|Republic of Rwanda|Rwandan|Kigali|رواندا|جمهورية رواندا|الرواندي|كيغالي
SA|MENA|Saudi Arabia|Kingdom of Saudi Arabia|Saudi;Saudi Arabian|Riyadh|السعودية|المملكة العربية السعودية|السعودي|الرياض
SB|EAP|Solomon Islands|Solomon Islands|Solomon Islander|Honiara|جزر سليمان|جزر سليمان|السولوموني|هونيارا
SC|SSA|Seychelles|Republic of Seychelles|Seychellois|Victoria|سيشل|جمهورية سيشل|السيشلي|فيكتوريا
SD|MENA|Sudan|Republic of the Sudan|Sudanese|Khartoum|السودان|جمهورية السودان|السوداني|الخرطوم
SE|EUR|Sweden|Kingdom of Sweden|Swedish|Stockholm|السويد|مملكة السويد|السويدي|ستوكهولم
SG|EAP|Singapore|Republic of Singapore|Singaporean|Singapore|سنغافورة|جمهورية سنغافورة|السنغافوري|سنغافورة
SI|EUR|Slovenia|Republic of Slovenia|Slovenian;Slovene|Ljubljana|سلوفينيا|جمهورية سلوفينيا|السلوفيني|ليوبليانا
SK|EUR|Slovakia|Slovak Republic|Slovak;Slovakian|Bratislava|سلوفاكيا|جمهورية سلوفاكيا|السلوفاكي|براتيسلافا
SL|SSA|Sierra Leone|Republic of Sierra Leone|Sierra Leonean|Freetown|سيراليون|جمهورية سيراليون|السيراليوني|فريتاون
SM|EUR|San Marino|Republic of San Marino|Sammarinese|San Marino|سان مارينو|جمهورية سان مارينو|السانماريني|سان مارينو
SN|SSA|Senegal|Republic of Senegal|Senegalese|Dakar|السنغال|جمهورية السنغال|السنغالي|داكار
SO|MENA|Somalia|Federal Republic of Somalia|Somali|Mogadishu|الصومال|جمهورية الصومال الفيدرالية|الصومالي|مقديشو
SR|AMR|Suriname|Republic of Suriname|Surinamese|Paramaribo|سورينام|جمهورية سورينام|السورينامي|باراماريبو
SS|SSA|South Sudan|Republic of South Sudan|South Sudanese|Juba|جنوب السودان|جمهورية جنوب السودان|الجنوب سوداني|جوبا
ST|SSA|São Tomé and Príncipe|Democratic Republic of São Tomé and Príncipe|Santomean|São Tomé|ساو تومي وبرينسيبي|جمهورية ساو تومي وبرينسيبي الديمقراطية|الساوتومي|ساو تومي
SV|AMR|El Salvador|Republic of El Salvador|Salvadoran|San Salvador|السلفادور|جمهورية السلفادور|السلفادوري|سان سلفادور
SY|MENA|Syria|Syrian Arab Republic|Syrian|Damascus|سوريا|الجمهورية العربية السورية|السوري|دمشق
SZ|SSA|Eswatini|Kingdom of Eswatini|Swazi|Mbabane|إسواتيني|مملكة إسواتيني|السوازي|مباباني
TD|SSA|Chad|Republic of Chad|Chadian|N'Djamena|تشاد|جمهورية تشاد|التشادي|نجامينا
TG|SSA|Togo|Togolese Republic|Togolese|Lomé|توغو|جمهورية توغو|التوغولي|لومي
TH|EAP|Thailand|Kingdom of Thailand|Thai|Bangkok|تايلاند|مملكة تايلاند|التايلاندي|بانكوك
TJ|CAS|Tajikistan|Republic of Tajikistan|Tajik;Tajikistani|Dushanbe|طاجيكستان|جمهورية طاجيكستان|الطاجيكي;الطاجيكستاني|دوشنبه
TL|EAP|Timor-Leste|Democratic Republic of Timor-Leste|Timorese|Dili|تيمور الشرقية|جمهورية تيمور - ليشتي الديمقراطية|التيموري|ديلي
TM|CAS|Turkmenistan|Turkmenistan|Turkmenistani|Ashgabat|تركمانستان|تركمانستان|التركمانستاني|عشق آباد
TN|MENA|Tunisia|Republic of Tunisia|Tunisian|Tunis|تونس|الجمهورية التونسية|التونسي|تونس
TO|EAP|Tonga|Kingdom of Tonga|Tongan|Nuku'alofa|تونغا|مملكة تونغا|التونغي|نوكوألوفا
TR|MENA|Turkey|Republic of Türkiye|Turkish|Ankara|تركيا|الجمهورية التركية|التركي|أنقرة
TT|AMR|Trinidad and Tobago|Republic of Trinidad and Tobago|Trinidadian;Tobagonian|Port of Spain|ترينيداد وتوباغو|جمهورية ترينيداد وتوباغو|الترينيدادي|بورت أوف سبين
TV|EAP|Tuvalu|Tuvalu|Tuvaluan|Funafuti|توفالو|توفالو|التوفالي|فونافوتي
TW|EAP|Taiwan|Republic of China (Taiwan)|Taiwanese|Taipei|تايوان|جمهورية الصين (تايوان)|التايواني|تايبيه
TZ|SSA|Tanzania|United Republic of Tanzania|Tanzanian|Dodoma|تنزانيا|جمهورية تنزانيا المتحدة|التنزاني|دودوما
UA|EUR|Ukraine|Ukraine|Ukrainian|Kyiv|أوكرانيا|أوكرانيا|الأوكراني|كييف
UG|SSA|Uganda|Republic of Uganda|Ugandan|Kampala|أوغندا|جمهورية أوغندا|الأوغندي|كمبالا
US|AMR|United States|United States of America|American|Washington|الولايات المتحدة|الولايات المتحدة الأمريكية|الأمريكي;الأميركي|واشنطن
UY|AMR|Uruguay|Oriental Republic of Uruguay|Uruguayan|Montevideo|الأوروغواي|جمهورية الأوروغواي الشرقية|الأوروغوايي|مونتيفيديو
UZ|CAS|Uzbekistan|Republic of Uzbekistan|Uzbek;Uzbekistani|Tashkent|أوزبكستان|جمهورية أوزبكستان|الأوزبكي;الأوزبكستاني|طشقند
VA|EUR|Holy See|Holy See|Vatican;Papal|Vatican City|الفاتيكان|الكرسي الرسولي|الفاتيكاني;البابوي|مدينة الفاتيكان
VC|AMR|Saint Vincent and the Grenadines|Saint Vincent and the Grenadines|Vincentian|Kingstown|سانت فنسنت وجزر غرينادين|سانت فنسنت وجزر غرينادين|الفنسنتي|كينغستاون
VE|AMR|Venezuela|Bolivarian Republic of Venezuela|Venezuelan|Caracas|فنزويلا|جمهورية فنزويلا البوليفارية|الفنزويلي|كاراكاس
VN|EAP|Vietnam|Socialist Republic of Viet Nam|Vietnamese|Hanoi|فيتنام|جمهورية فيتنام الاشتراكية|الفيتنامي|هانوي
VU|EAP|Vanuatu|Republic of Vanuatu|Ni-Vanuatu|Port Vila|فانواتو|جمهورية فانواتو|الفانواتي|بورت فيلا
WS|EAP|Samoa|Independent State of Samoa|Samoan|Apia|ساموا|دولة ساموا المستقلة|الساموي|آبيا
XK|EUR|Kosovo|Republic of Kosovo|Kosovar;Kosovan|Pristina|كوسوفو|جمهورية كوسوفو|الكوسوفي|بريشتينا
YE|MENA|Yemen|Republic of Yemen|Yemeni|Sanaa|اليمن|الجمهورية اليمنية|اليمني|صنعاء
ZA|SSA|South Africa|Republic of South Africa|South African|Pretoria|جنوب أفريقيا|جمهورية جنوب أفريقيا|الجنوب أفريقي|بريتوريا
ZM|SSA|Zambia|Republic of Zambia|Zambian|Lusaka|زامبيا|جمهورية زامبيا|الزامبي|لوساكا
ZW|SSA|Zimbabwe|Republic of Zimbabwe|Zimbabwean|Harare|زيمبابوي|جمهورية زيمبابوي|الزيمبابوي|هراري
"""

# Extra surface forms per country.  Keys: name_ar, name_en, official_ar, official_en,
# dem_ar (masculine, feminine derived), dem_ar_raw (used as is: plurals, irregular forms),
# dem_en, cap_ar, cap_en (capital metonyms: other spellings, seats of government, palaces).
EXTRA: dict[str, dict[str, list[str]]] = {
    "AE": {"name_ar": ["الإمارات العربية المتحدة", "دولة الإمارات"], "name_en": ["UAE", "U.A.E.", "the Emirates", "Emirates"],
               "cap_ar": ["أبو ظبي"]},
    "AF": {"cap_ar": ["كابول"], "official_ar": ["الإمارة الإسلامية في أفغانستان"], "official_en": ["Islamic Emirate of Afghanistan"],
               "dem_ar_raw": ["الأفغان"]},
    "AG": {"cap_en": ["St. John's", "St John's"]},
    "AM": {"cap_en": ["Erevan"]},
    "AR": {"cap_ar": ["بوينس أيرس", "بوينس آيريس"]},
    "AU": {"cap_ar": ["كانبيرا"]},
    "AZ": {"name_ar": ["آذربيجان"]},
    "BA": {"name_ar": ["البوسنة"], "name_en": ["Bosnia", "Bosnia-Herzegovina"], "official_en": ["Republic of Bosnia and Herzegovina"]},
    "BD": {"name_ar": ["بنغلادش"], "cap_ar": ["داكا"], "cap_en": ["Dacca"]},
    "BH": {},
    "BJ": {"seat_ar": ["كوتونو"], "seat_en": ["Cotonou"]},
    "BI": {"seat_ar": ["بوجمبورا"], "seat_en": ["Bujumbura"]},
    "BN": {"official_en": ["Nation of Brunei"], "dem_ar": ["البروني"]},
    "BO": {"seat_ar": ["لاباز", "لا باز"], "seat_en": ["La Paz"]},
    "BR": {"cap_en": ["Brasilia"]},
    "BS": {"name_ar": ["البهاما"], "name_en": ["The Bahamas"]},
    "BY": {"name_ar": ["بيلاروس", "روسيا البيضاء"], "name_en": ["Byelorussia"], "dem_en": ["Belarussian"]},
    "CD": {"name_ar": ["الكونغو كينشاسا", "الكونغو الديموقراطية"], "name_en": ["DR Congo", "DRC", "D.R. Congo", "Congo-Kinshasa", "Congo Kinshasa"],
               "official_ar": ["جمهورية الكونغو الديموقراطية"]},
    "CF": {"name_ar": ["أفريقيا الوسطى", "إفريقيا الوسطى"]},
    "CG": {"name_ar": ["الكونغو برازافيل"], "name_en": ["Congo-Brazzaville", "Congo Brazzaville"]},
    "CH": {"official_ar": ["الكونفدرالية السويسرية"], "cap_en": ["Berne"]},
    "CI": {"name_ar": ["كوت ديفوار"], "name_en": ["Ivory Coast", "Cote d'Ivoire"], "official_ar": ["جمهورية ساحل العاج"],
               "official_en": ["Republic of Cote d'Ivoire"], "seat_ar": ["أبيدجان"], "seat_en": ["Abidjan"]},
    "CL": {"name_ar": ["شيلي"], "cap_en": ["Santiago de Chile"]},
    "CM": {"cap_en": ["Yaounde"]},
    "CN": {"name_en": ["PRC", "P.R. China", "Mainland China"], "cap_ar": ["بيجين", "بيجينغ", "قاعة الشعب الكبرى"],
               "cap_en": ["Peking", "Great Hall of the People"]},
    "CO": {"cap_en": ["Bogota"]},
    "CR": {"name_ar": ["كوستا ريكا"], "cap_en": ["San Jose"]},
    "CV": {"name_ar": ["كابو فيردي"], "name_en": ["Cabo Verde"], "dem_ar": ["الكابو فيردي"]},
    "CY": {},
    "CZ": {"name_ar": ["تشيكيا", "الجمهورية التشيكية", "التشيك"], "name_en": ["Czechia"], "dem_ar": ["التشيكي"]},
    "DE": {"official_ar": ["ألمانيا الاتحادية"], "dem_ar_raw": ["الألمان"]},
    "DJ": {"cap_ar": ["مدينة جيبوتي"], "cap_en": ["Djibouti City"]},
    "DK": {"name_ar": ["الدانمارك", "الدنمرك"], "dem_en": ["Dane"], "cap_ar": ["كوبنهاجن"]},
    "DM": {},
    "DO": {"name_ar": ["الدومينيكان", "الدومينيكان"]},
    "DZ": {"official_ar": ["الجمهورية الجزائرية"], "cap_ar": ["الجزائر العاصمة"]},
    "EG": {"dem_ar_raw": ["المصريين", "المصريون"], "cap_ar": ["قصر الاتحادية"]},
    "ES": {"dem_ar_raw": ["الإسبان"]},
    "ET": {"name_ar": ["أثيوبيا"], "dem_ar": ["الأثيوبي"]},
    "FI": {},
    "FR": {"dem_ar_raw": ["الفرنسيين", "الفرنسيون"], "cap_ar": ["الإليزيه", "قصر الإليزيه"], "cap_en": ["Élysée", "Elysee", "Élysée Palace", "Elysee Palace"]},
    "GB": {"name_ar": ["المملكة المتحدة", "بريطانيا العظمى", "إنكلترا", "إنجلترا", "أيرلندا الشمالية"],
               "name_en": ["UK", "U.K.", "Britain", "Great Britain", "England", "Northern Ireland"],
               "official_ar": ["المملكة المتحدة لبريطانيا العظمى وإيرلندا الشمالية"],
               "dem_ar_raw": ["البريطانيين", "البريطانيون"],
               "cap_ar": ["داونينغ ستريت", "داوننغ ستريت"], "cap_en": ["Downing Street", "10 Downing Street", "Whitehall"]},
    "GM": {"name_en": ["The Gambia"]},
    "GN": {"name_ar": ["غينيا كوناكري"], "name_en": ["Guinea-Conakry", "Guinea Conakry"]},
    "GQ": {},
    "GR": {"official_ar": ["الجمهورية اليونانية"]},
    "GT": {"cap_ar": ["غواتيمالا سيتي"], "cap_en": ["Ciudad de Guatemala"]},
    "GW": {"name_en": ["Guinea Bissau"], "official_en": ["Republic of Guinea Bissau"]},
    "HU": {"name_ar": ["المجر"]},
    "IE": {"name_ar": ["إيرلندا", "جمهورية أيرلندا"], "name_en": ["Republic of Ireland", "Eire"], "dem_ar": ["الإيرلندي"]},
    "IL": {"name_ar": ["الكيان الصهيوني", "الكيان الإسرائيلي"],
               "dem_ar": ["الصهيوني"], "cap_en": ["Tel Aviv-Yafo"]},
    "IN": {"cap_ar": ["نيو دلهي", "دلهي"], "cap_en": ["Delhi"]},
    "IQ": {"dem_ar_raw": ["العراقيين", "العراقيون"], "cap_en": ["Bagdad"]},
    "IR": {"official_ar": ["الجمهورية الإسلامية في إيران", "جمهورية إيران الإسلامية"],
               "dem_ar_raw": ["الإيرانيين", "الإيرانيون"], "cap_en": ["Teheran"]},
    "IS": {"name_ar": ["أيسلندا", "إيسلندا"], "dem_ar": ["الأيسلندي"], "cap_ar": ["ريكيافيك", "ريكجافيك"], "cap_en": ["Reykjavík"]},
    "IT": {"dem_ar_raw": ["الإيطاليين"]},
    "JO": {"name_ar": ["المملكة الأردنية"], "dem_ar_raw": ["الأردنيين"], "cap_ar": ["عمان", "قصر الحسينية", "الديوان الملكي الهاشمي"],
               "cap_en": ["Al-Husseiniya Palace"]},
    "JP": {"dem_ar_raw": ["اليابانيين"]},
    "KG": {"name_ar": ["قرغيزستان", "قيرغيزيا"]},
    "KH": {"cap_ar": ["بنوم بن"]},
    "KI": {"cap_en": ["South Tarawa"]},
    "KM": {"name_ar": ["دولة جزر القمر"]},
    "KN": {"name_en": ["St Kitts and Nevis", "St. Kitts and Nevis", "Saint Kitts & Nevis"]},
    "KP": {"name_en": ["DPRK", "D.P.R.K."], "cap_ar": ["بيونغيانغ"]},
    "KR": {"name_ar": ["كوريا"], "name_en": ["Korea", "ROK"], "cap_ar": ["سول"]},
    "KW": {"dem_ar_raw": ["الكويتيين"], "cap_ar": ["قصر بيان", "قصر السيف"], "cap_en": ["Bayan Palace"]},
    "KZ": {"cap_ar": ["نور سلطان", "نور-سلطان"], "cap_en": ["Nur-Sultan", "Nursultan"]},
    "LA": {"name_en": ["Lao PDR"]},
    "LB": {"dem_ar_raw": ["اللبنانيين"], "seat_ar": ["قصر بعبدا", "بعبدا"], "seat_en": ["Baabda"]},
    "LC": {"name_en": ["St Lucia", "St. Lucia"]},
    "LK": {"name_en": ["Ceylon"], "cap_ar": ["كوتي"], "cap_en": ["Kotte"], "seat_ar": ["كولومبو"], "seat_en": ["Colombo"]},
    "LU": {"name_ar": ["لوكسمبورج"], "cap_ar": ["مدينة لوكسمبورغ"], "cap_en": ["Luxembourg City"]},
    "LY": {"dem_ar_raw": ["الليبيين"]},
    "MA": {"dem_ar_raw": ["المغاربة"]},
    "MD": {"name_ar": ["مولدافيا"], "name_en": ["Moldavia"], "cap_en": ["Chișinău", "Kishinev"]},
    "ME": {"name_ar": ["مونتينيغرو"]},
    "MK": {"name_ar": ["مقدونيا"], "name_en": ["Macedonia"]},
    "ML": {"name_ar": ["دولة مالي"]},
    "MM": {"name_ar": ["بورما"], "name_en": ["Burma"], "cap_ar": ["نايبيتاو", "ناي بي تاو"], "cap_en": ["Nay Pyi Taw", "Naypyitaw"]},
    "MN": {"cap_ar": ["أولانباتار", "أولان باتار"], "cap_en": ["Ulan Bator"]},
    "MR": {},
    "MV": {"name_ar": ["المالديف"]},
    "MW": {"name_ar": ["مالاوي"]},
    "MX": {"cap_ar": ["مكسيكو"], "cap_en": ["Ciudad de México"]},
    "MY": {"cap_ar": ["كوالا لمبور", "كوالالامبور"]},
    "NL": {"name_en": ["Holland", "The Netherlands"], "seat_ar": ["لاهاي"], "seat_en": ["The Hague"]},
    "NZ": {"name_ar": ["نيوزلندا"], "cap_ar": ["ولنغتون", "ويلنغتون"]},
    "OM": {"name_ar": ["عمان"], "official_ar": ["سلطنة عمان"], "dem_ar": ["العماني"]},
    "PA": {"name_ar": ["باناما"], "cap_ar": ["بنما سيتي"]},
    "PE": {"dem_ar": ["البيروي"]},
    "PH": {"name_en": ["The Philippines"]},
    "PK": {"cap_ar": ["إسلام أباد"]},
    "PL": {},
    "PS": {"name_ar": ["الأراضي الفلسطينية"], "name_en": ["Palestinian Territories", "Palestinian Authority"],
               "official_ar": ["السلطة الفلسطينية", "السلطة الوطنية الفلسطينية"], "official_en": ["Palestinian National Authority"],
               "dem_ar_raw": ["الفلسطينيين"], "cap_ar": ["القدس الشريف", "القدس الشرقية"], "cap_en": ["East Jerusalem"], "seat_ar": ["رام الله"], "seat_en": ["Ramallah"]},
    "PT": {},
    "PY": {},
    "QA": {"dem_ar_raw": ["القطريين"]},
    "RU": {"official_ar": ["الاتحاد الروسي"], "dem_ar_raw": ["الروس"], "cap_ar": ["الكرملين"], "cap_en": ["Kremlin"]},
    "SA": {"name_ar": ["المملكة السعودية", "خادم الحرمين الشريفين"], "name_en": ["KSA"], "dem_ar_raw": ["السعوديين"],
               "cap_ar": ["قصر اليمامة"], "cap_en": ["Al-Yamamah Palace"]},
    "SC": {"name_ar": ["سيشيل"]},
    "SD": {"dem_ar_raw": ["السودانيين"]},
    "SK": {},
    "SS": {},
    "ST": {"name_en": ["Sao Tome and Principe", "São Tomé & Príncipe"], "dem_en": ["São Toméan"], "cap_en": ["Sao Tome"]},
    "SV": {},
    "SY": {"name_ar": ["سورية"], "dem_ar_raw": ["السوريين"]},
    "SZ": {"name_ar": ["سوازيلاند", "إيسواتيني"], "name_en": ["Swaziland", "eSwatini"], "official_en": ["Kingdom of Swaziland"], "cap_ar": ["مبابان"]},
    "TD": {"cap_ar": ["انجامينا"], "cap_en": ["Ndjamena", "N’Djamena"]},
    "TG": {"cap_en": ["Lome"]},
    "TH": {"name_ar": ["تايلند"], "dem_ar": ["التايلندي"]},
    "TL": {"name_ar": ["تيمور ليشتي"], "name_en": ["East Timor"]},
    "TM": {"cap_ar": ["عشق أباد"], "cap_en": ["Ashkhabad"]},
    "TN": {"cap_ar": ["تونس العاصمة"]},
    "TO": {"cap_en": ["Nukualofa"]},
    "TR": {"name_en": ["Türkiye", "Turkiye"], "official_ar": ["جمهورية تركيا"],
               "official_en": ["Republic of Turkey", "Republic of Turkiye"], "dem_ar_raw": ["الأتراك"], "dem_en": ["Turk"]},
    "TT": {"name_en": ["Trinidad"], "cap_en": ["Port-of-Spain"]},
    "TW": {"name_en": ["Chinese Taipei"], "cap_ar": ["تايبي"]},
    "TZ": {},
    "UA": {"cap_en": ["Kiev"]},
    "US": {"name_ar": ["أمريكا", "أميركا"],
               "name_en": ["US", "U.S.", "USA", "U.S.A.", "America"],
               "official_ar": ["الولايات المتحدة الأميركية"], "dem_ar_raw": ["الأمريكيين", "الأميركيين", "الأمريكان", "الأمريكيون", "الأميركيون"],
               "cap_ar": ["البيت الأبيض"], "cap_en": ["White House", "Washington D.C.", "Washington, D.C.", "Washington DC", "Washington, DC"]},
    "UY": {"name_ar": ["أوروغواي", "أورغواي"]},
    "VA": {"name_ar": ["دولة الفاتيكان"], "name_en": ["Vatican", "Vatican City State"],
               "official_ar": ["الكرسي البابوي"],
               "cap_ar": ["حاضرة الفاتيكان"]},
    "VE": {},
    "VN": {"name_en": ["Viet Nam"]},
    "VC": {"name_en": ["St Vincent and the Grenadines", "St. Vincent and the Grenadines", "Saint Vincent"]},
    "XK": {},
    "YE": {"dem_ar_raw": ["اليمنيين"], "cap_en": ["Sana'a", "Sana’a"]},
    "ZA": {"name_ar": ["جنوب إفريقيا"], "official_ar": ["جمهورية جنوب إفريقيا"], "dem_ar": ["الجنوب إفريقي"]},
}

# Cities that are not capitals (or not only capitals): name_en|iso2|ar terms (;)|en terms (;)
# Iraqi cities, summit / venue cities, seats of government that differ from the capital.
CITIES = """
Erbil|IQ|أربيل;هولير|Erbil;Arbil;Irbil;Hawler;Hewler
Basra|IQ|البصرة|Basra;Basrah
Najaf|IQ|النجف;النجف الأشرف|Najaf;Al-Najaf
Karbala|IQ|كربلاء;كربلاء المقدسة|Karbala;Kerbala
Mosul|IQ|الموصل|Mosul
Sulaymaniyah|IQ|السليمانية|Sulaymaniyah;Sulaimaniyah;Sulaimaniya;Suleimaniyah;Sulaimani;Slemani
Kirkuk|IQ|كركوك|Kirkuk
Nasiriyah|IQ|الناصرية|Nasiriyah;Nasiriya;Nassiriya
Duhok|IQ|دهوك|Duhok;Dohuk;Dahuk
Ramadi|IQ|الرمادي|Ramadi
Fallujah|IQ|الفلوجة|Fallujah;Falluja
Samarra|IQ|سامراء|Samarra
Tikrit|IQ|تكريت|Tikrit
Hillah|IQ|الحلة|Hillah;Hilla
Kut|IQ|الكوت|Kut;Al-Kut
Amarah|IQ|مدينة العمارة|Amarah;Amara
Diwaniyah|IQ|الديوانية|Diwaniyah;Diwaniya
Baqubah|IQ|بعقوبة|Baqubah;Baquba
Samawah|IQ|السماوة|Samawah;Samawa
Halabja|IQ|حلبجة|Halabja
Umm Qasr|IQ|أم قصر|Umm Qasr
Faw|IQ|الفاو|Al-Faw;Faw
Ur|IQ|أور;مدينة أور|Ur of the Chaldees;ancient Ur
Jeddah|SA|جدة|Jeddah;Jiddah;Jidda
Mecca|SA|مكة المكرمة;مكة|Mecca;Makkah
Medina|SA|المدينة المنورة|Medina;Madinah;Al-Madinah
Dammam|SA|الدمام|Dammam
Dhahran|SA|الظهران|Dhahran
Dubai|AE|دبي|Dubai
Sharjah|AE|الشارقة|Sharjah
Salalah|OM|صلالة|Salalah
Alexandria|EG|الإسكندرية|Alexandria
Sharm el-Sheikh|EG|شرم الشيخ|Sharm el-Sheikh;Sharm El Sheikh;Sharm al-Sheikh
El Alamein|EG|العلمين;العلمين الجديدة|El Alamein;Alamein;New Alamein
New Administrative Capital|EG|العاصمة الإدارية الجديدة;العاصمة الإدارية|New Administrative Capital
Aqaba|JO|العقبة|Aqaba
Dead Sea|JO|البحر الميت|Dead Sea
Aleppo|SY|حلب|Aleppo
Latakia|SY|اللاذقية|Latakia;Lattakia
Gaza|PS|غزة;قطاع غزة|Gaza;Gaza City
Ramallah|PS|رام الله|Ramallah
Baabda|LB|بعبدا;قصر بعبدا|Baabda
Mashhad|IR|مشهد;مشهد المقدسة;مدينة مشهد|Mashhad;Mashad
Qom|IR|قم;قم المقدسة;مدينة قم|Qom;Qum
Isfahan|IR|أصفهان|Isfahan;Esfahan
Tabriz|IR|تبريز|Tabriz
Shiraz|IR|شيراز|Shiraz
Ahvaz|IR|الأهواز|Ahvaz;Ahwaz
Kermanshah|IR|كرمانشاه|Kermanshah
Istanbul|TR|إسطنبول;استانبول|Istanbul
Antalya|TR|أنطاليا|Antalya
Aden|YE|عدن|Aden
Benghazi|LY|بنغازي|Benghazi
Casablanca|MA|الدار البيضاء|Casablanca
Marrakesh|MA|مراكش|Marrakesh;Marrakech
New York|US|نيويورك|New York;New York City;NYC
Geneva|CH|جنيف|Geneva;Genève
Davos|CH|دافوس|Davos
Lausanne|CH|لوزان|Lausanne
Zurich|CH|زيورخ|Zurich;Zürich
Munich|DE|ميونخ;ميونيخ|Munich;München
Frankfurt|DE|فرانكفورت|Frankfurt
Hamburg|DE|هامبورغ|Hamburg
Strasbourg|FR|ستراسبورغ|Strasbourg
Marseille|FR|مرسيليا|Marseille;Marseilles
Glasgow|GB|غلاسكو;غلاسغو|Glasgow
Milan|IT|ميلانو|Milan
Barcelona|ES|برشلونة|Barcelona
The Hague|NL|لاهاي|The Hague;Hague
Saint Petersburg|RU|سانت بطرسبورغ;سان بطرسبورغ;سانت بطرسبرغ;بطرسبورغ|Saint Petersburg;St Petersburg;St. Petersburg
Sochi|RU|سوتشي|Sochi
Kazan|RU|قازان|Kazan
Samarkand|UZ|سمرقند|Samarkand;Samarqand
Shanghai|CN|شنغهاي;شانغهاي|Shanghai
Hong Kong|CN|هونغ كونغ|Hong Kong
Osaka|JP|أوساكا|Osaka
Hiroshima|JP|هيروشيما|Hiroshima
Mumbai|IN|مومباي|Mumbai;Bombay
Karachi|PK|كراتشي|Karachi
Lahore|PK|لاهور|Lahore
Johannesburg|ZA|جوهانسبرغ|Johannesburg
Cape Town|ZA|كيب تاون|Cape Town
Rio de Janeiro|BR|ريو دي جانيرو|Rio de Janeiro
Abidjan|CI|أبيدجان|Abidjan
Cotonou|BJ|كوتونو|Cotonou
La Paz|BO|لاباز;لا باز|La Paz
Colombo|LK|كولومبو|Colombo
Bujumbura|BI|بوجمبورا|Bujumbura
"""

# Extra surface forms of capital cities that are not country metonyms (airports, districts).
CAPITAL_CITY_EXTRA = {
    "Baghdad": (["القصر الحكومي", "المنطقة الخضراء", "مطار بغداد الدولي"], ["Green Zone", "Baghdad International Airport"]),
}

# code|kind|name_en|name_ar|ar terms (;)|en terms (;)
ORGANISATIONS = """
AMF|intergovernmental|Arab Monetary Fund|صندوق النقد العربي||AMF
AMNESTY|ngo|Amnesty International|منظمة العفو الدولية|العفو الدولية|Amnesty International
ARAB_FUND|intergovernmental|Arab Fund for Economic and Social Development|الصندوق العربي للإنماء الاقتصادي والاجتماعي|الصندوق العربي للإنماء|Arab Fund;AFESD
ARAB_LEAGUE|intergovernmental|League of Arab States|جامعة الدول العربية|الجامعة العربية|Arab League;League of Arab States
ARAB_PARLIAMENT|intergovernmental|Arab Parliament|البرلمان العربي||Arab Parliament
AU|intergovernmental|African Union|الاتحاد الأفريقي|الاتحاد الإفريقي|African Union
EU|intergovernmental|European Union|الاتحاد الأوروبي|الاتحاد الأوربي;المفوضية الأوروبية;المفوضية الأوربية;البرلمان الأوروبي;البرلمان الأوربي;المجلس الأوروبي;بعثة الاتحاد الأوروبي;بعثة الاتحاد الأوربي;بعثة الاتحاد الأوروبي الاستشارية;بعثة الاتحاد الأوروبي الاستشارية في العراق|EU;E.U.;European Commission;European Parliament;European Council;EU Delegation;EU Advisory Mission;EUAM Iraq;EUAM
FAO|un_agency|Food and Agriculture Organization of the United Nations|منظمة الأغذية والزراعة للأمم المتحدة|منظمة الأغذية والزراعة;منظمة الفاو|FAO;Food and Agriculture Organization;Food and Agriculture Organisation
FIFA|ngo|Fédération Internationale de Football Association|الاتحاد الدولي لكرة القدم|فيفا;الفيفا|FIFA
GCC|intergovernmental|Gulf Cooperation Council|مجلس التعاون لدول الخليج العربية|مجلس التعاون الخليجي;مجلس التعاون لدول الخليج;مجلس التعاون الخليجي لدول الخليج العربية|GCC;Gulf Cooperation Council;Cooperation Council for the Arab States of the Gulf
GLOBAL_COALITION|intergovernmental|Global Coalition to Defeat ISIS|التحالف الدولي لهزيمة داعش|التحالف الدولي;التحالف الدولي ضد داعش;التحالف الدولي لمحاربة داعش;التحالف الدولي لمكافحة داعش;التحالف الدولي لمحاربة الإرهاب;قوات التحالف الدولي;عملية العزم الصلب|Global Coalition;Global Coalition against Daesh;Global Coalition against ISIS;Global Coalition to Defeat Daesh;Global Coalition to Defeat ISIS;Anti-ISIS coalition;US-led coalition;International Coalition;Operation Inherent Resolve;CJTF-OIR
HRW|ngo|Human Rights Watch|هيومن رايتس ووتش|هيومان رايتس ووتش|HRW;Human Rights Watch
IAEA|un_agency|International Atomic Energy Agency|الوكالة الدولية للطاقة الذرية||IAEA;International Atomic Energy Agency
ICG|ngo|International Crisis Group|مجموعة الأزمات الدولية||International Crisis Group;Crisis Group;ICG
ICRC|ngo|International Committee of the Red Cross|اللجنة الدولية للصليب الأحمر|الصليب الأحمر الدولي;اللجنة الدولية للصليب الاحمر|ICRC;International Committee of the Red Cross;International Red Cross
IFRC|ngo|International Federation of Red Cross and Red Crescent Societies|الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر||IFRC;International Federation of Red Cross and Red Crescent Societies
ILO|un_agency|International Labour Organization|منظمة العمل الدولية||ILO;International Labour Organization;International Labor Organization
IMF|intergovernmental|International Monetary Fund|صندوق النقد الدولي||IMF;International Monetary Fund
IOM|un_agency|International Organization for Migration|المنظمة الدولية للهجرة||IOM;International Organization for Migration;International Organisation for Migration
ISDB|intergovernmental|Islamic Development Bank|البنك الإسلامي للتنمية||IsDB;Islamic Development Bank
MSF|ngo|Médecins Sans Frontières|أطباء بلا حدود|منظمة أطباء بلا حدود|MSF;Doctors Without Borders;Médecins Sans Frontières;Medecins Sans Frontieres
MWL|ngo|Muslim World League|رابطة العالم الإسلامي||Muslim World League;MWL
NATO|intergovernmental|North Atlantic Treaty Organization|حلف شمال الأطلسي|حلف الناتو;الناتو;منظمة حلف شمال الأطلسي;بعثة الناتو;بعثة الناتو في العراق;بعثة حلف شمال الأطلسي;بعثة حلف الناتو|NATO;North Atlantic Treaty Organization;North Atlantic Treaty Organisation;NATO Mission Iraq;NATO Mission in Iraq;NMI
NRC|ngo|Norwegian Refugee Council|المجلس النرويجي للاجئين||Norwegian Refugee Council;NRC
OAPEC|intergovernmental|Organization of Arab Petroleum Exporting Countries|منظمة الأقطار العربية المصدرة للبترول|أوابك|OAPEC
OCHA|un_agency|United Nations Office for the Coordination of Humanitarian Affairs|مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية|أوتشا;مكتب تنسيق الشؤون الإنسانية|OCHA;UN OCHA
OHCHR|un_agency|Office of the United Nations High Commissioner for Human Rights|مفوضية الأمم المتحدة السامية لحقوق الإنسان|المفوضية السامية لحقوق الإنسان;المفوض السامي لحقوق الإنسان|OHCHR;UN Human Rights Office;High Commissioner for Human Rights
OIC|intergovernmental|Organisation of Islamic Cooperation|منظمة التعاون الإسلامي|منظمة المؤتمر الإسلامي|OIC;Organisation of Islamic Cooperation;Organization of Islamic Cooperation;Organisation of the Islamic Conference;Organization of the Islamic Conference
OPEC|intergovernmental|Organization of the Petroleum Exporting Countries|منظمة الدول المصدرة للنفط|أوبك;منظمة أوبك;أوبك بلس;أوبك+|OPEC;OPEC+;OPEC Plus;Organization of the Petroleum Exporting Countries
OSCE|intergovernmental|Organization for Security and Co-operation in Europe|منظمة الأمن والتعاون في أوروبا|منظمة الأمن والتعاون في أوربا|OSCE;Organization for Security and Co-operation in Europe
SCO|intergovernmental|Shanghai Cooperation Organisation|منظمة شنغهاي للتعاون||SCO;Shanghai Cooperation Organisation;Shanghai Cooperation Organization
UN|intergovernmental|United Nations|الأمم المتحدة|هيئة الأمم المتحدة;منظمة الأمم المتحدة;المنظمة الدولية;مجلس الأمن الدولي;مجلس الأمن التابع للأمم المتحدة;الجمعية العامة للأمم المتحدة|United Nations;UN;U.N.;UN Security Council;United Nations Security Council;UN General Assembly;United Nations General Assembly
UNAMI|un_agency|United Nations Assistance Mission for Iraq|بعثة الأمم المتحدة لمساعدة العراق|يونامي;بعثة يونامي;بعثة الأمم المتحدة في العراق;البعثة الأممية في العراق;البعثة الأممية;الممثلة الخاصة للأمين العام للأمم المتحدة في العراق;الممثل الخاص للأمين العام للأمم المتحدة في العراق;الممثلة الأممية في العراق;الممثل الأممي في العراق;الممثلة الخاصة للأمين العام للأمم المتحدة;الممثل الخاص للأمين العام للأمم المتحدة;الممثلة الخاصة للأمين العام في العراق;الممثل الخاص للأمين العام في العراق;ممثلة الأمم المتحدة في العراق;ممثل الأمم المتحدة في العراق;ممثلة الأمين العام للأمم المتحدة في العراق;ممثل الأمين العام للأمم المتحدة في العراق|UNAMI;United Nations Assistance Mission for Iraq;UN Assistance Mission for Iraq;UN Mission in Iraq;Special Representative of the Secretary-General for Iraq;Special Representative of the UN Secretary-General for Iraq;UN Special Representative for Iraq;UN Special Representative in Iraq;SRSG for Iraq
UNDP|un_agency|United Nations Development Programme|برنامج الأمم المتحدة الإنمائي||UNDP;United Nations Development Programme;UN Development Programme
UNEP|un_agency|United Nations Environment Programme|برنامج الأمم المتحدة للبيئة||UNEP;United Nations Environment Programme;UN Environment Programme
UNESCO|un_agency|United Nations Educational, Scientific and Cultural Organization|منظمة الأمم المتحدة للتربية والعلم والثقافة|اليونسكو;منظمة اليونسكو;يونسكو|UNESCO
UNFPA|un_agency|United Nations Population Fund|صندوق الأمم المتحدة للسكان||UNFPA;United Nations Population Fund;UN Population Fund
UNHCR|un_agency|Office of the United Nations High Commissioner for Refugees|المفوضية السامية للأمم المتحدة لشؤون اللاجئين|مفوضية الأمم المتحدة لشؤون اللاجئين;مفوضية اللاجئين;المفوضية السامية لشؤون اللاجئين|UNHCR;UN Refugee Agency;United Nations High Commissioner for Refugees;UN High Commissioner for Refugees
UNICEF|un_agency|United Nations Children's Fund|منظمة الأمم المتحدة للطفولة|اليونيسف;يونيسف;منظمة اليونيسف;اليونيسيف;صندوق الأمم المتحدة للطفولة|UNICEF;United Nations Children's Fund;UN Children's Fund
UNITAD|un_agency|United Nations Investigative Team to Promote Accountability for Crimes Committed by Da'esh/ISIL|فريق التحقيق التابع للأمم المتحدة لتعزيز المساءلة عن الجرائم المرتكبة من جانب داعش|يونيتاد;فريق يونيتاد;فريق التحقيق الأممي;فريق التحقيق الدولي بجرائم داعش|UNITAD;UN Investigative Team
UNMAS|un_agency|United Nations Mine Action Service|دائرة الأمم المتحدة للأعمال المتعلقة بالألغام||UNMAS;United Nations Mine Action Service;UN Mine Action Service
UNODC|un_agency|United Nations Office on Drugs and Crime|مكتب الأمم المتحدة المعني بالمخدرات والجريمة||UNODC;United Nations Office on Drugs and Crime;UN Office on Drugs and Crime
UN_HABITAT|un_agency|United Nations Human Settlements Programme|برنامج الأمم المتحدة للمستوطنات البشرية|موئل الأمم المتحدة|UN-Habitat;UN Habitat
UN_WOMEN|un_agency|United Nations Entity for Gender Equality and the Empowerment of Women|هيئة الأمم المتحدة للمرأة||UN Women;UN-Women
WFP|un_agency|World Food Programme|برنامج الأغذية العالمي||WFP;World Food Programme;World Food Program
WHO|un_agency|World Health Organization|منظمة الصحة العالمية||World Health Organization;World Health Organisation
WORLD_BANK|intergovernmental|World Bank|البنك الدولي|مجموعة البنك الدولي;البنك الدولي للإنشاء والتعمير|World Bank;World Bank Group;IBRD
WTO|intergovernmental|World Trade Organization|منظمة التجارة العالمية||WTO;World Trade Organization;World Trade Organisation
"""

# Surface forms withheld from country_terms.csv and cities.csv although they are correct, because
# once normalised (article and clitics stripped) they are frequent ordinary Arabic words.
WITHHELD = {
    ("ML", "ar", "مالي"): "'financial' (دعم مالي); جمهورية مالي / دولة مالي / باماكو are kept",
    ("ML", "ar", "المالي"): "'financial' (الوضع المالي)",
    ("ML", "ar", "المالية"): "'finance' (وزير المالية، وزارة المالية)",
    ("KM", "ar", "القمري"): "'lunar' (الشهر القمري); جزر القمر is kept",
    ("KM", "ar", "القمرية"): "'lunar' (السنة القمرية)",
    ("CI", "ar", "العاجي"): "'ivory' (البرج العاجي); الإيفواري is kept",
    ("CI", "ar", "العاجية"): "'ivory'",
    ("KR", "ar", "سيول"): "'torrents, floods' (السيول); سول is kept",
    ("AF", "ar", "كابل"): "'cable' (كابل كهربائي); كابول is kept",
}

# Capitals whose own name is also their country's name are left out of cities.csv under that
# bare name (a country named as a destination is not a city), except for these city-states.
CITY_STATES = {"SG", "MC", "SM"}
# Feminine demonyms not used to build "العاصمة <demonym>" city forms (ambiguous or loaded).
NO_CAPITAL_PHRASE = {"CG", "CD", "ML", "VA", "IL"}


def _norm(term: str) -> str:
    sys.path.insert(0, str(RULES.parent.parent))
    from extraction.normalize import normalize_term

    return normalize_term(term)


def _split(field: str) -> list[str]:
    return [t.strip() for t in field.split(";") if t.strip()]


def feminine(masc: str) -> str:
    return " ".join(w + "ة" if w.endswith("ي") else w for w in masc.split(" "))


def ar_demonyms(field: str, extra: list[str]) -> list[str]:
    out: list[str] = []
    for item in _split(field) + extra:
        masc, _, fem = item.partition("/")
        out += [masc, fem or feminine(masc)]
    return out


def parse_countries() -> list[dict]:
    rows = []
    for line in COUNTRIES.strip().splitlines():
        f = line.split("|")
        assert len(f) == 10, line
        iso2, reg, name_en, off_en, dem_en, cap_en, name_ar, off_ar, dem_ar, cap_ar = f
        rows.append({"iso2": iso2, "region": REGIONS[reg], "name_en": name_en, "official_en": off_en, "dem_en": dem_en,
                         "capital_en": cap_en, "name_ar": name_ar, "official_ar": off_ar, "dem_ar": dem_ar, "capital_ar": cap_ar})
    return rows


def iso3(iso2: str) -> str:
    if iso2 == "XK":
        return "XKX"  # user-assigned code used by the EU, IMF and World Bank
    return pycountry.countries.get(alpha_2=iso2).alpha_3


def _auto_variants(iso2: str) -> tuple[list[str], list[str]]:
    """CLDR short names (ar, en) and ISO 3166 names as extra spellings, when clean."""
    def clean(t: str | None) -> bool:
        return bool(t) and not any(c in t for c in ",()&") and " - " not in t
    ar = [babel.Locale("ar").territories.get(iso2)]
    en = [babel.Locale("en").territories.get(iso2)]
    pc = pycountry.countries.get(alpha_2=iso2)
    if pc is not None:
        en += [pc.name, getattr(pc, "common_name", None)]
    return [t for t in ar if clean(t)], [t for t in en if clean(t)]


def build_country_terms(countries: list[dict]) -> list[tuple[str, str, str, str]]:
    seen: set[tuple[str, str, str]] = set()
    out: list[tuple[str, str, str, str]] = []

    def add(iso2: str, lang: str, kind: str, term: str) -> None:
        if (iso2, lang, term) in WITHHELD:
            return
        key = (iso2, lang, _norm(term))
        if key in seen:
            return
        seen.add(key)
        out.append((iso2, lang, kind, term))

    for c in countries:
        iso2, x = c["iso2"], EXTRA.get(c["iso2"], {})
        for t in [c["name_ar"]] + x.get("name_ar", []):
            add(iso2, "ar", "name", t)
        for t in [c["name_en"]] + x.get("name_en", []):
            add(iso2, "en", "name", t)
        for t in [c["official_ar"]] + x.get("official_ar", []):
            if "(" not in t:
                add(iso2, "ar", "official", t)
        for t in [c["official_en"]] + x.get("official_en", []):
            if "(" not in t:
                add(iso2, "en", "official", t)
        for t in ar_demonyms(c["dem_ar"], x.get("dem_ar", [])) + x.get("dem_ar_raw", []):
            add(iso2, "ar", "demonym", t)
        for t in _split(c["dem_en"]) + x.get("dem_en", []):
            add(iso2, "en", "demonym", t)
        for t in [c["capital_ar"]] + x.get("cap_ar", []) + x.get("seat_ar", []):
            add(iso2, "ar", "capital", t)
        for t in [c["capital_en"]] + x.get("cap_en", []) + x.get("seat_en", []):
            add(iso2, "en", "capital", t)
        auto_ar, auto_en = _auto_variants(iso2)
        for t in auto_ar:
            add(iso2, "ar", "name", t)
        for t in auto_en:
            add(iso2, "en", "name", t)
    return sorted(out)


def build_cities(countries: list[dict], terms: list[tuple[str, str, str, str]]) -> list[tuple[str, str, str, str]]:
    country_names = {(iso2, lang, _norm(t)) for iso2, lang, kind, t in terms if kind in ("name", "official")}
    seen: set[tuple[str, str, str]] = set()
    owner: dict[tuple[str, str], str] = {}
    out: list[tuple[str, str, str, str]] = []

    def add(name_en: str, iso2: str, lang: str, term: str, city_state: bool = False) -> None:
        if (iso2, lang, term) in WITHHELD:
            return
        n = _norm(term)
        if (iso2, lang, n) in country_names and not city_state:
            return
        if (name_en, lang, n) in seen:
            return
        assert owner.setdefault((lang, n), name_en) == name_en, (term, name_en, owner[(lang, n)])
        seen.add((name_en, lang, n))
        out.append((name_en, iso2, lang, term))

    for c in countries:
        iso2, x, city = c["iso2"], EXTRA.get(c["iso2"], {}), c["capital_en"]
        cs = iso2 in CITY_STATES
        ar_extra, en_extra = CAPITAL_CITY_EXTRA.get(city, ([], []))
        for t in [c["capital_ar"]] + x.get("cap_ar", []) + ar_extra:
            add(city, iso2, "ar", t, cs)
        if iso2 not in NO_CAPITAL_PHRASE:
            for masc in _split(c["dem_ar"]) + x.get("dem_ar", []):
                fem = masc.partition("/")[2] or feminine(masc.partition("/")[0])
                add(city, iso2, "ar", "العاصمة " + fem)
        for t in [city] + x.get("cap_en", []) + en_extra:
            add(city, iso2, "en", t, cs)
    for line in CITIES.strip().splitlines():
        name_en, iso2, ar, en = line.split("|")
        for t in _split(ar):
            add(name_en, iso2, "ar", t)
        for t in _split(en):
            add(name_en, iso2, "en", t)
    return sorted(out, key=lambda r: (r[1], r[0], r[2], r[3]))


def build_orgs() -> tuple[list[tuple], list[tuple]]:
    orgs, terms, seen = [], [], set()
    for line in ORGANISATIONS.strip().splitlines():
        code, kind, name_en, name_ar, ar, en = line.split("|")
        assert kind in ("intergovernmental", "un_agency", "ngo"), line
        orgs.append((code, name_en, name_ar, kind))
        for lang, items in (("ar", [name_ar] + _split(ar)), ("en", [name_en] + _split(en))):
            for t in items:
                key = (code, lang, _norm(t))
                if key not in seen:
                    seen.add(key)
                    terms.append((code, lang, t))
    return sorted(orgs), sorted(terms)


def write_csv(path: Path, header: list[str], rows: list) -> None:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8", newline="\n")
    print(f"{path.relative_to(RULES.parent.parent)}: {len(rows)} rows")


def main() -> None:
    countries = parse_countries()
    assert len({c["iso2"] for c in countries}) == len(countries)
    write_csv(RULES / "countries.csv",
              ["iso2", "iso3", "name_en", "name_ar", "official_en", "official_ar", "capital_en", "capital_ar",
               "region", "un_member"],
              [(c["iso2"], iso3(c["iso2"]), c["name_en"], c["name_ar"], c["official_en"], c["official_ar"],
                c["capital_en"], c["capital_ar"], c["region"], "false" if c["iso2"] in NON_UN else "true")
               for c in sorted(countries, key=lambda c: c["iso2"])])
    terms = build_country_terms(countries)
    write_csv(RULES / "country_terms.csv", ["iso2", "lang", "kind", "term"], terms)
    write_csv(RULES / "cities.csv", ["name_en", "iso2", "lang", "term"], build_cities(countries, terms))
    orgs, org_terms = build_orgs()
    write_csv(RULES / "organisations.csv", ["code", "name_en", "name_ar", "kind"], orgs)
    write_csv(RULES / "org_terms.csv", ["code", "lang", "term"], org_terms)


if __name__ == "__main__":
    main()
