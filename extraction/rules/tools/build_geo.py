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
DM|AMR|Dominica|Commonwealth of Dominica|Dominica|Roseau|دومينيكا|كومنولث دومينيكا|الدومينيكي|روسو
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
LK|SAS|Sri Lanka|Democratic Socialist Republic of Sri Lanka|Sri Lankan|Sri Jayawardenepura Kotte|سريلانكا|جمهورية سريلانكا الديمقراطية الاشتراكية|السريلانكي|سري جاياواردنابورا كوت
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
