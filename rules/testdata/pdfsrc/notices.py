# -*- coding: utf-8 -*-
# Fictional notices written for these fixtures (not copied from any source).
SHY = "\u00ad"  # soft hyphen: a manual hyphenation point, shown only at a line end
NOTICES = {}

NOTICES["pdf-fi-jasenrekisteri-taulukko"] = dict(
    lang=("fi", "FI"), title="Jäsenrekisterin rekisteriseloste",
    header="Kalliojärven Latu ry – Rekisteriseloste",
    footer="Kalliojärven Latu ry · Y-tunnus 1234567-8 · sivu ",
    blocks=[
        ("h1", "Rekisteriseloste"),
        ("p", "Henkilötietolain (523/1999) 10 §:n mukainen rekisteriseloste. Laatimispäivä 3.2.2016."),
        ("table", [
            ("1. Rekisterinpitäjä", "Kalliojärven Latu ry\nRantapolku 3\n40950 Kalliojärvi"),
            ("2. Yhteyshenkilö rekisteriä koskevissa asioissa", "Sihteeri Marjut Leppänen\nsihteeri@kalliojarvenlatu.fi\npuh. 040 123 4567"),
            ("3. Rekisterin nimi", "Kalliojärven Latu ry:n jäsenrekisteri"),
            ("4. Henkilötietojen käsittelyn tarkoitus", "Jäsenrekisteriä käytetään jäsenyyden hoitamiseen, jäsenmaksujen laskuttamiseen sekä jäsentiedotteiden ja retkikutsujen lähettämiseen."),
            ("5. Rekisterin tietosisältö", "Jäsenen nimi, syntymävuosi, osoite, puhelinnumero, sähköpostiosoite, jäsenlaji, liittymispäivä ja jäsenmaksujen maksutiedot."),
            ("6. Säännönmukaiset tietolähteet", "Tiedot saadaan jäseneltä itseltään liittymislomakkeella sekä Suomen Latu ry:n jäsenpalvelusta."),
            ("7. Tietojen säännönmukaiset luovutukset", "Tietoja luovutetaan Suomen Latu ry:lle keskusjärjestön jäsenlehden postitusta varten. Muutoin tietoja ei luovuteta."),
            ("8. Tietojen siirto EU:n tai ETA:n ulkopuolelle", "Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."),
            ("9. Rekisterin suojauksen periaatteet", "Manuaalinen aineisto säilytetään lukitussa kaapissa. Sähköinen rekisteri on salasanalla suojattu, ja sitä käsittelevät vain sihteeri ja rahastonhoitaja. Tietoja säilytetään jäsenyyden ajan ja poistetaan eroamisvuoden lopussa."),
            ("10. Tarkastusoikeus", "Jäsenellä on oikeus tarkastaa, mitä häntä koskevia tietoja rekisteriin on talletettu. Tarkastuspyyntö tehdään kirjallisesti yhteyshenkilölle."),
            ("11. Tiedon korjaaminen", "Rekisterinpitäjä oikaisee, poistaa tai täydentää virheellisen tai tarpeettoman tiedon jäsenen pyynnöstä."),
        ]),
    ])

NOTICES["pdf-fi-kunta-monisivuinen"] = dict(
    lang=("fi", "FI"), title="Tietosuojaseloste – varhaiskasvatuksen asiakasrekisteri",
    header="Kuusijärven kunta · Tietosuojaseloste",
    footer="Kuusijärven kunta · Kunnantie 1, 41800 Kuusijärvi · sivu ",
    size="13.5pt", keep=False,
    blocks=[
        ("h1", "Tietosuojaseloste: varhaiskasvatuksen asiakasrekisteri"),
        ("p", "Tämä seloste kertoo, miten Kuusijärven kunta käsittelee lasten ja huoltajien henkilötietoja varhaiskasvatuksessa. Seloste on päivitetty 14.1.2025."),
        ("h2", "1. Rekisterinpitäjä"),
        ("p", "Kuusijärven kunta, sivistyslautakunta\nKunnantie 1, 41800 Kuusijärvi\nkirjaamo@kuusijarvi.fi, puh. 014 555 0100"),
        ("h2", "2. Tietosuojavastaava"),
        ("p", "Kunnan tietosuojavastaava Henna Vuorinen, tietosuojavastaava@kuusijarvi.fi, puh. 014 555 0190."),
        ("h2", "3. Käsittelyn tarkoitus ja oikeusperuste"),
        ("p", "Henkilötietoja käsitellään varhaiskasvatuspaikan hakemiseen ja myöntämiseen, asiakasmaksujen määräämiseen sekä lapsen varhaiskasvatussuunnitelman laatimiseen ja toteuttamiseen."),
        ("p", "Käsittely perustuu rekisterinpitäjän lakisääteisen velvoitteen noudattamiseen (EU:n yleinen tietosuoja-asetus 6 artiklan 1 kohdan c alakohta). Velvoitteet tulevat varhaiskasvatuslaista (540/2018) ja laista varhaiskasvatuksen asiakasmaksuista (1503/2016)."),
        ("h2", "4. Käsiteltävät henkilötiedot"),
        ("ul", ["lapsen nimi, henkilötunnus, kotikunta ja äidinkieli",
                "huoltajien nimet, yhteystiedot ja tulotiedot asiakasmaksun määräämistä varten",
                "hoitoaikavaraukset ja läsnäolot",
                "varhaiskasvatussuunnitelma ja lapsen tuen tarvetta koskevat tiedot"]),
        ("h2", "5. Tietolähteet"),
        ("p", "Tiedot saadaan huoltajilta hakemuksella, varhaiskasvatuksen henkilöstöltä sekä Digi- ja väestötietovirastosta väestötietojärjestelmästä."),
        ("h2", "6. Tietojen vastaanottajat"),
        ("p", "Tietoja luovutetaan lain perusteella Kansaneläkelaitokselle ja Opetushallituksen Varda-tietovarantoon. Asiakastietojärjestelmän toimittaja käsittelee tietoja kunnan lukuun henkilötietojen käsittelijänä."),
        ("h2", "7. Tietojen siirto EU:n tai ETA:n ulkopuolelle"),
        ("p", "Tietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle."),
        ("h2", "8. Säilytysaika"),
        ("p", "Varhaiskasvatuksen asiakasasiakirjat säilytetään kymmenen vuotta varhaiskasvatuksen päättymisestä, minkä jälkeen ne hävitetään. Asiakasmaksuja koskevat tiedot säilytetään kuusi vuotta."),
        ("h2", "9. Automaattinen päätöksenteko"),
        ("p", "Tietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin."),
        ("h2", "10. Rekisteröidyn oikeudet"),
        ("p", "Huoltajalla on oikeus saada pääsy lastaan ja itseään koskeviin tietoihin sekä oikeus vaatia virheellisten tietojen oikaisemista. Lisäksi rekisteröidyllä on oikeus pyytää käsittelyn rajoittamista. Oikeus tietojen poistamiseen ja siirtämiseen järjestelmästä toiseen ei koske lakisääteistä käsittelyä."),
        ("p", "Jos katsot, että henkilötietojesi käsittelyssä rikotaan tietosuoja-asetusta, sinulla on oikeus tehdä valitus valvontaviranomaiselle: Tietosuojavaltuutetun toimisto, Lintulahdenkuja 4, 00530 Helsinki, tietosuoja@om.fi."),
        ("h2", "11. Tietoturva"),
        ("p", "Asiakastietojärjestelmän käyttö edellyttää henkilökohtaista käyttäjätunnusta, ja käyttöoikeudet myönnetään työtehtävien perusteella. Järjestelmän lokitietoja seurataan säännöllisesti. Paperiset asiakirjat säilytetään lukituissa tiloissa, joihin on pääsy vain varhaiskasvatuksen henkilöstöllä. Henkilöstöä sitoo vaitiolovelvollisuus myös palvelussuhteen päätyttyä."),
        ("h2", "12. Tietojen antamisen vaatimus"),
        ("p", "Varhaiskasvatuspaikan hakeminen edellyttää hakemuksen pakollisten tietojen antamista. Jos tulotietoja ei toimiteta, asiakasmaksu määrätään korkeimman maksun mukaan."),
    ])

NOTICES["pdf-fi-yritys-alatunniste"] = dict(
    lang=("fi", "FI"), title="Asiakasrekisterin tietosuojaseloste",
    header="Tietosuojaseloste – asiakasrekisteri",
    footer="Puutarha Mäntylä Oy · Mäntyläntie 12, 36200 Kangasala · puh. 03 356 7788 · sivu ",
    size="14pt",
    blocks=[
        ("h1", "Asiakasrekisterin tietosuojaseloste"),
        ("h2", "Rekisterinpitäjä"),
        ("p", "Puutarha Mäntylä Oy (Y-tunnus 2345678-9). Yhteystiedot löytyvät tämän sivun alatunnisteesta."),
        ("h2", "Mihin tietoja käytetään"),
        ("p", "Käytämme asiakkaidemme tietoja tilausten toimittamiseen, laskutukseen, kanta-asiakasedut sisältävän asiakassuhteen hoitamiseen ja kausitarjouksista tiedottamiseen."),
        ("h2", "Käsittelyn perusteet"),
        ("p", "Tilausten käsittely perustuu sopimukseen. Kausitarjousten lähettäminen perustuu oikeutettuun etuumme pitää yhteyttä asiakkaisiin, joilla on voimassa oleva asiakassuhde."),
        ("h2", "Mitä tietoja keräämme"),
        ("ul", ["nimi, osoite, puhelinnumero ja sähköpostiosoite", "ostohistoria ja kanta-asiakasnumero", "laskutus- ja maksutiedot"]),
        ("p", "Tiedot saadaan asiakkaalta itseltään tilauksen ja kanta-asiakkaaksi liittymisen yhteydessä."),
        ("break",),
        ("h2", "Kenelle tietoja luovutetaan"),
        ("p", "Kuljetusyhtiö saa toimitukseen tarvittavat tiedot. Kirjanpitotoimisto käsittelee laskutustietoja lukuumme. Tietoja ei siirretä EU- tai ETA-alueen ulkopuolelle."),
        ("h2", "Kuinka kauan tietoja säilytetään"),
        ("p", "Kirjanpitoaineisto säilytetään kirjanpitolain mukaisesti kymmenen vuotta. Muut asiakastiedot säilytetään toistaiseksi."),
        ("h2", "Oikeutesi"),
        ("p", "Sinulla on oikeus tarkastaa tietosi, oikaista virheelliset tiedot ja pyytää tietojesi poistamista. Voit milloin tahansa kieltää tietojesi käytön suoramarkkinointiin. Voit tehdä valituksen tietosuojavaltuutetulle."),
    ])

NOTICES["pdf-fi-kaksipalstainen"] = dict(
    lang=("fi", "FI"), title="Tietosuojaseloste – uutiskirje ja tapahtumat",
    header="Pohjoisrannan Kuoro ry", footer="Tietosuojaseloste 2023 · sivu ",
    columns=2, size="10pt",
    blocks=[
        ("h1", "Tietosuojaseloste: uutiskirje ja konserttilipun ostajat"),
        ("h2", "Kuka käsittelee tietojasi"),
        ("p", "Rekisterinpitäjä on Pohjoisrannan Kuoro ry, Satamakatu 8 B, 90100 Oulu. Tietosuoja-asioissa voit olla yhteydessä rahastonhoitajaan osoitteessa tietosuoja@pohjoisrannankuoro.fi."),
        ("h2", "Miksi käsittelemme tietoja"),
        ("p", "Lähetämme uutiskirjettä tilaajille ja myymme konserttilippuja verkkokaupan kautta. Lipun ostajien tietoja tarvitaan lipun toimittamiseen ja mahdollisiin peruutustilanteisiin."),
        ("h2", "Käsittelyn peruste"),
        ("p", "Uutiskirjeen lähettäminen perustuu tilaajan suostumukseen. Voit peruuttaa suostumuksesi milloin tahansa uutiskirjeen lopussa olevasta linkistä. Lippukaupan tietojen käsittely perustuu ostajan kanssa tehtyyn sopimukseen."),
        ("h2", "Käsiteltävät tiedot"),
        ("p", "Uutiskirjeen tilaajasta tallennetaan sähköpostiosoite ja tilauspäivä. Lipun ostajasta tallennetaan nimi, sähköpostiosoite, puhelinnumero ja ostetut liput."),
        ("h2", "Tietoturva"),
        ("p", "Uutiskirjepalvelun ja lippukaupan ylläpitotunnukset ovat vain hallituksen puheenjohtajalla ja rahastonhoitajalla, ja tunnukset on suojattu kaksivaiheisella tunnistautumisella. Kuoron hallitus käy tietosuojakäytännöt läpi vuosittain kevätkokouksen yhteydessä. Tulostettuja osallistujalistoja ei säilytetä konsertin jälkeen, vaan ne hävitetään silppurilla."),
        ("h2", "Evästeet"),
        ("p", "Kuoron verkkosivuilla käytetään vain sivuston toiminnan kannalta välttämättömiä evästeitä. Sivustolla ei ole mainosevästeitä eikä sosiaalisen median seurantakoodeja. Lippukaupan maksusivu avautuu maksunvälittäjän omalle sivulle, jonka tietosuojakäytännöt löytyvät maksusivulta."),
        ("h2", "Selosteen muutokset"),
        ("p", "Päivitämme tätä selostetta, kun toimintamme tai lainsäädäntö muuttuu. Merkittävistä muutoksista kerromme uutiskirjeessä ja kuoron verkkosivuilla. Tämä seloste on päivitetty 20.9.2023, ja se korvaa kaikki aiemmat versiot."),
        ("h2", "Vastaanottajat ja siirrot"),
        ("p", "Uutiskirje lähetetään yhdysvaltalaisen Mailchimp-palvelun avulla. Tietojen siirto Yhdysvaltoihin perustuu EU–US Privacy Shield -järjestelyyn. Lippukauppa toimii suomalaisen palveluntarjoajan palvelimilla Suomessa."),
        ("h2", "Säilytys"),
        ("p", "Tilaajan tiedot poistetaan, kun tilaus peruutetaan. Lipun ostajien tiedot poistetaan kuuden kuukauden kuluttua konsertista."),
        ("h2", "Oikeutesi"),
        ("p", "Sinulla on oikeus pyytää pääsyä tietoihisi, niiden oikaisemista tai poistamista sekä käsittelyn rajoittamista. Sinulla on myös oikeus vastustaa käsittelyä ja saada antamasi tiedot koneluettavassa muodossa. Voit tehdä valituksen tietosuojavaltuutetun toimistolle, jos katsot, että tietojasi käsitellään lainvastaisesti."),
        ("p", "Tietoja ei käytetä automaattiseen päätöksentekoon. Sähköpostiosoitteen antaminen on uutiskirjeen tilaamisen edellytys."),
    ])

NOTICES["pdf-fi-tavutettu"] = dict(
    lang=("fi", "FI"), title="Tietosuojaseloste – asukasrekisteri",
    header="Asunto Oy Koivukummun Helmi", footer="Asunto Oy Koivukummun Helmi · sivu ",
    hyphenate=True, columns=2, size="11pt",
    blocks=[
        ("h1", "Tietosuojaseloste"),
        ("h2", "Rekisterinpitäjä"),
        ("p", "Asunto Oy Koivukummun Helmi, Koivukummuntie 14, 01360 Vantaa. Yhteyshenkilö on isännöitsijä Petri Salonen, Isännöinti"+SHY+"toimisto Salonen Oy, petri.salonen@isannointisalonen.fi, puh. 09 8765 4321."),
        ("h2", "Käsittelyn tarkoitukset"),
        ("p", "Henkilö"+SHY+"tietoja käsitellään osakas- ja asukas"+SHY+"luettelon ylläpitämiseen, vastike"+SHY+"laskutukseen, huolto"+SHY+"pyyntöjen hoitamiseen ja yhtiö"+SHY+"kokous"+SHY+"kutsujen lähettämiseen."),
        ("h2", "Oikeusperuste"),
        ("p", "Osakas"+SHY+"luettelon pitäminen on asunto"+SHY+"osakeyhtiö"+SHY+"lain mukainen laki"+SHY+"sääteinen velvoite. Asukas"+SHY+"tietojen käsittely perustuu yhtiön oikeutettuun etuun huolehtia kiinteistön turvallisuudesta ja huolto"+SHY+"töiden järjestämisestä."),
        ("h2", "Tietosisältö"),
        ("p", "Nimi, huoneisto, osakkeiden numerot, omistus"+SHY+"osuus, yhteys"+SHY+"tiedot, muutto"+SHY+"päivät sekä vastike"+SHY+"reskontran tiedot."),
        ("h2", "Tietolähteet"),
        ("p", "Tiedot saadaan osakkailta ja asukkailta itseltään sekä Maanmittaus"+SHY+"laitoksen huoneisto"+SHY+"tieto"+SHY+"järjestelmästä."),
        ("h2", "Luovutukset"),
        ("p", "Isännöinti"+SHY+"toimisto ja huolto"+SHY+"yhtiö käsittelevät tietoja yhtiön lukuun. Tietoja ei siirretä Euroopan talous"+SHY+"alueen ulkopuolelle."),
        ("h2", "Säilytysaika"),
        ("p", "Asukastiedot poistetaan kahden vuoden kuluttua pois"+SHY+"muutosta. Osakas"+SHY+"luettelo säilytetään yhtiön toiminnan ajan asunto"+SHY+"osakeyhtiö"+SHY+"lain vaatimalla tavalla."),
        ("h2", "Oikeutesi"),
        ("p", "Sinulla on oikeus tarkastaa sinua koskevat tiedot ja vaatia virheellisten tietojen korjaamista. Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä. Sinulla on oikeus tehdä valitus tietosuoja"+SHY+"valtuutetun toimistolle."),
    ])

# Same notice with the Ombudsman's former address in the last sentence, whose
# tail flows to the top of the second column.
NOTICES["pdf-fi-tavutettu-vanha-osoite"] = dict(
    lang=("fi", "FI"), title="Tietosuojaseloste – asukasrekisteri",
    header="Asunto Oy Koivukummun Helmi", footer="Asunto Oy Koivukummun Helmi · sivu ",
    hyphenate=True, columns=2, size="11pt",
    blocks=[
        ("h1", "Tietosuojaseloste"),
        ("h2", "Rekisterinpitäjä"),
        ("p", "Asunto Oy Koivukummun Helmi, Koivukummuntie 14, 01360 Vantaa. Yhteyshenkilö on isännöitsijä Petri Salonen, Isännöinti"+SHY+"toimisto Salonen Oy, petri.salonen@isannointisalonen.fi, puh. 09 8765 4321."),
        ("h2", "Käsittelyn tarkoitukset"),
        ("p", "Henkilö"+SHY+"tietoja käsitellään osakas- ja asukas"+SHY+"luettelon ylläpitämiseen, vastike"+SHY+"laskutukseen, huolto"+SHY+"pyyntöjen hoitamiseen ja yhtiö"+SHY+"kokous"+SHY+"kutsujen lähettämiseen."),
        ("h2", "Oikeusperuste"),
        ("p", "Osakas"+SHY+"luettelon pitäminen on asunto"+SHY+"osakeyhtiö"+SHY+"lain mukainen laki"+SHY+"sääteinen velvoite. Asukas"+SHY+"tietojen käsittely perustuu yhtiön oikeutettuun etuun huolehtia kiinteistön turvallisuudesta ja huolto"+SHY+"töiden järjestämisestä."),
        ("h2", "Tietosisältö"),
        ("p", "Nimi, huoneisto, osakkeiden numerot, omistus"+SHY+"osuus, yhteys"+SHY+"tiedot, muutto"+SHY+"päivät sekä vastike"+SHY+"reskontran tiedot."),
        ("h2", "Tietolähteet"),
        ("p", "Tiedot saadaan osakkailta ja asukkailta itseltään sekä Maanmittaus"+SHY+"laitoksen huoneisto"+SHY+"tieto"+SHY+"järjestelmästä."),
        ("h2", "Luovutukset"),
        ("p", "Isännöinti"+SHY+"toimisto ja huolto"+SHY+"yhtiö käsittelevät tietoja yhtiön lukuun. Tietoja ei siirretä Euroopan talous"+SHY+"alueen ulkopuolelle."),
        ("h2", "Säilytysaika"),
        ("p", "Asukastiedot poistetaan kahden vuoden kuluttua pois"+SHY+"muutosta. Osakas"+SHY+"luettelo säilytetään yhtiön toiminnan ajan asunto"+SHY+"osakeyhtiö"+SHY+"lain vaatimalla tavalla."),
        ("h2", "Oikeutesi"),
        ("p", "Sinulla on oikeus tarkastaa sinua koskevat tiedot ja vaatia virheellisten tietojen korjaamista. Voit vastustaa oikeutettuun etuun perustuvaa käsittelyä. Sinulla on oikeus tehdä valitus tietosuoja"+SHY+"valtuutetun toimistolle, Ratapihantie 9, 00520 Helsinki."),
    ])

NOTICES["pdf-fi-rekrytointi-vanha-osoite"] = dict(
    lang=("fi", "FI"), title="Rekrytointirekisterin tietosuojaseloste",
    header="Konepaja Virtanen Oy", footer="Konepaja Virtanen Oy · Teollisuustie 22, 33330 Tampere · sivu ",
    blocks=[
        ("h1", "Tietosuojaseloste – työnhakijarekisteri"),
        ("table", [
            ("Rekisterinpitäjä", "Konepaja Virtanen Oy\nTeollisuustie 22, 33330 Tampere\nrekry@konepajavirtanen.fi"),
            ("Käsittelyn tarkoitus", "Työnhakijoiden tietoja käsitellään avoimien tehtävien rekrytointiin ja hakijoiden soveltuvuuden arviointiin."),
            ("Oikeusperuste", "Käsittely perustuu hakijan pyynnöstä tehtäviin toimenpiteisiin ennen työsopimuksen tekemistä. Soveltuvuusarviointi tehdään vain hakijan suostumuksella, ja hakija voi peruuttaa suostumuksensa milloin tahansa."),
            ("Käsiteltävät tiedot", "Nimi, yhteystiedot, koulutus, työhistoria, hakemus ja ansioluettelo, haastattelumuistiinpanot sekä soveltuvuusarvioinnin tulos."),
            ("Tietolähteet", "Tiedot saadaan hakijalta itseltään. Suosittelijoilta kysytään tietoja vain hakijan luvalla."),
            ("Vastaanottajat", "Soveltuvuusarvioinnit tekee henkilöarviointeihin erikoistunut yritys toimeksiannostamme. Hakemukset vastaanotetaan suomalaisen rekrytointijärjestelmän kautta, jonka palvelimet sijaitsevat EU:ssa."),
            ("Säilytysaika", "Hakemukset säilytetään kaksi vuotta hakuajan päättymisestä yhdenvertaisuuslain mukaisten kanteiden varalta ja poistetaan sen jälkeen."),
            ("Rekisteröidyn oikeudet", "Hakijalla on oikeus tarkastaa tietonsa, pyytää virheellisten tietojen oikaisemista ja tietojensa poistamista sekä pyytää käsittelyn rajoittamista."),
            ("Valitusoikeus", "Hakija voi tehdä valituksen tietosuojavaltuutetulle: Tietosuojavaltuutetun toimisto, Ratapihantie 9, 00520 Helsinki."),
        ]),
        ("p", "Tietoja ei käytetä automaattiseen päätöksentekoon."),
    ])

NOTICES["pdf-fi-sovellus-terveys"] = dict(
    lang=("fi", "FI"), title="Juoksuvalmentaja-sovelluksen tietosuojaseloste",
    header="Juoksuvalmentaja – tietosuojaseloste", footer="Askelsovellukset Oy · sivu ",
    blocks=[
        ("h1", "Juoksuvalmentaja-sovelluksen tietosuojaseloste"),
        ("p", "Juoksuvalmentaja-sovelluksen tarjoaa Askelsovellukset Oy (Y-tunnus 3456789-0), Vellamonkatu 5, 48100 Kotka, tuki@askelsovellukset.fi."),
        ("h2", "Mitä tietoja sovellus käsittelee"),
        ("ul", ["käyttäjätilin tiedot: nimi, sähköpostiosoite ja salasanan tiiviste",
                "harjoitustiedot: juoksulenkkien reitit, matkat ja ajat",
                "terveystiedot: leposyke, sykevälivaihtelu ja käyttäjän kirjaamat vammat ja sairaudet",
                "sovelluksen käyttötiedot ja laitetunnisteet"]),
        ("h2", "Käyttötarkoitukset"),
        ("p", "Tietoja käytetään henkilökohtaisen harjoitusohjelman laatimiseen, palautumisen seurantaan ja sovelluksen kehittämiseen. Käsittely perustuu käyttöehtojen mukaiseen sopimukseen käyttäjän kanssa."),
        ("h2", "Palveluntarjoajat"),
        ("p", "Sovelluksen käyttöä analysoidaan Google Analytics for Firebase -palvelulla, ja kaatumisraportit kerätään Firebase Crashlyticsilla. Tietoja ei siirretä EU:n tai ETA:n ulkopuolelle."),
        ("h2", "Säilytys"),
        ("p", "Tiedot säilytetään niin kauan kuin käyttäjätili on voimassa. Tili ja sen tiedot poistetaan 30 päivän kuluessa tilin sulkemisesta."),
        ("h2", "Oikeutesi"),
        ("p", "Voit ladata harjoitustietosi sovelluksesta GPX- ja CSV-muodossa ja siirtää ne toiseen palveluun. Sinulla on oikeus saada pääsy tietoihisi, oikaista ne ja poistaa tilisi. Voit tehdä valituksen tietosuojavaltuutetulle."),
    ])

NOTICES["pdf-sv-forening"] = dict(
    lang=("sv", "SE"), title="Dataskyddsbeskrivning för medlemsregistret",
    header="Seglarföreningen Skärgårdsvinden rf", footer="Seglarföreningen Skärgårdsvinden rf · sida ",
    blocks=[
        ("h1", "Dataskyddsbeskrivning – medlemsregister"),
        ("table", [
            ("Personuppgiftsansvarig", "Seglarföreningen Skärgårdsvinden rf\nHamnvägen 2, 10600 Ekenäs\nsekreterare@skargardsvinden.fi"),
            ("Ändamål", "Uppgifterna används för att sköta medlemskapet, fakturera medlems- och båtplatsavgifter och skicka kallelser till föreningens möten och seglingar."),
            ("Rättslig grund", "Behandlingen grundar sig på medlemskapet i föreningen enligt föreningslagen och på föreningens berättigade intresse att ordna verksamhet för medlemmarna."),
            ("Uppgifter som behandlas", "Namn, adress, e-postadress, telefonnummer, födelseår, båtens namn och registreringsnummer samt betalda avgifter."),
            ("Mottagare", "Uppgifterna lämnas inte ut till utomstående. Medlemsregistret förs i ett finländskt medlemsprogram och uppgifterna lagras inom EU."),
            ("Lagringstid", "Uppgifterna sparas så länge medlemskapet varar och raderas senast ett år efter att medlemskapet upphört."),
            ("Den registrerades rättigheter", "Medlemmen har rätt att granska sina uppgifter och begära att felaktiga uppgifter rättas eller raderas. Medlemmen kan invända mot behandling som grundar sig på berättigat intresse."),
        ]),
    ])

NOTICES["pdf-sv-stad-flersidig"] = dict(
    lang=("sv", "SE"), title="Registerbeskrivning – biblioteket",
    header="Bergviks stad · Stadsbiblioteket", footer="Bergviks stad · Stadshusgatan 1, 06100 Borgå · sida ",
    size="13pt", keep=False,
    blocks=[
        ("h1", "Registerbeskrivning för bibliotekets kundregister"),
        ("p", "Registerbeskrivning enligt 10 § i personuppgiftslagen (523/1999). Uppdaterad 5.3.2020."),
        ("h2", "1. Registeransvarig"),
        ("p", "Bergviks stad, bildningsnämnden\nStadshusgatan 1, 06100 Borgå\nregistratur@bergvik.fi, tfn 019 520 2000"),
        ("h2", "2. Dataskyddsombud"),
        ("p", "Stadens dataskyddsombud nås på adressen dataskydd@bergvik.fi och tfn 019 520 2100."),
        ("h2", "3. Ändamål och rättslig grund"),
        ("p", "Personuppgifterna behandlas för utlåning, reserveringar, avgifter och meddelanden om förfallodagar. Behandlingen grundar sig på utförande av en uppgift av allmänt intresse enligt lagen om allmänna bibliotek (1492/2016)."),
        ("h2", "4. Registrets innehåll"),
        ("ul", ["namn, personbeteckning och kontaktuppgifter", "lånekortets nummer och PIN-kod", "aktuella lån, reserveringar och obetalda avgifter", "målsmans uppgifter för kunder under 15 år"]),
        ("h2", "5. Uppgiftskällor"),
        ("p", "Uppgifterna fås av kunden själv när lånekortet skaffas. Adressuppgifterna uppdateras ur befolkningsdatasystemet."),
        ("h2", "6. Utlämnande och överföring"),
        ("p", "Uppgifter om obetalda avgifter lämnas till ett inkassobolag. Bibliotekssystemet levereras av en finländsk leverantör som behandlar uppgifterna för stadens räkning. Uppgifterna överförs inte utanför EU eller EES."),
        ("h2", "7. Lagringstid"),
        ("p", "Uppgifter om ett lån raderas när boken har returnerats. Kunduppgifterna raderas om kortet inte har använts på tre år."),
        ("h2", "8. Den registrerades rättigheter"),
        ("p", "Kunden har rätt att få tillgång till sina uppgifter och att kräva rättelse av felaktiga uppgifter. Kunden har också rätt att begära begränsning av behandlingen och att invända mot behandlingen. Kunden har rätt att lämna in klagomål till dataombudsmannens byrå."),
        ("p", "Uppgifterna används inte för automatiserat beslutsfattande eller profilering. Personbeteckningen behövs för att kunden ska kunna identifieras entydigt."),
    ])

NOTICES["pdf-en-company-multipage"] = dict(
    lang=("en", "GB"), title="Privacy Notice – Customers and Website Users",
    header="Northbeam Analytics Oy – Privacy Notice", footer="Northbeam Analytics Oy · Business ID 3141592-6 · page ",
    size="13pt", keep=False,
    blocks=[
        ("h1", "Privacy Notice for Customers and Website Users"),
        ("p", "This notice explains how Northbeam Analytics Oy processes personal data of its business customers' contact persons and of visitors to northbeam.fi. Last updated 2 September 2024."),
        ("h2", "1. Controller"),
        ("p", "Northbeam Analytics Oy, Hämeenkatu 9 A, 33100 Tampere, Finland. Questions about privacy: privacy@northbeam.fi."),
        ("h2", "2. What we use your data for"),
        ("p", "We use contact person data to deliver our services under customer contracts, to invoice, and to send product news. We use website data to keep the site secure and to measure how it is used."),
        ("h2", "3. Legal bases"),
        ("p", "Processing for customer contracts is based on our legitimate interest in managing the relationship with the companies we work for. Product news are sent with your consent, which you can withdraw at any time by using the unsubscribe link. Bookkeeping records are kept to comply with a legal obligation under the Accounting Act."),
        ("h2", "4. Categories of data"),
        ("ul", ["name, job title, employer, e-mail address and phone number", "contract and invoicing details", "IP address, browser type and pages visited on our website"]),
        ("h2", "5. Recipients"),
        ("p", "Our CRM is HubSpot and our e-mail is provided by Microsoft. These providers act as our processors."),
        ("h2", "6. Transfers outside the EU/EEA"),
        ("p", "HubSpot, Inc. and Microsoft Corporation may process data in the United States. These transfers rely on the EU–US Data Privacy Framework, under which both companies are certified, and on the European Commission's standard contractual clauses."),
        ("h2", "7. How long we keep data"),
        ("p", "Contact person data are deleted two years after the customer relationship ends. Bookkeeping records are kept for ten years. Website logs are kept for 90 days."),
        ("h2", "8. Your rights"),
        ("p", "You have the right to access your data, to have inaccurate data rectified, to have data erased, to restrict processing and to object to processing based on legitimate interests. Where processing is based on consent or contract, you can ask to receive your data in a machine-readable format. You may lodge a complaint with the Office of the Data Protection Ombudsman (tietosuoja.fi)."),
        ("p", "We do not make decisions based solely on automated processing."),
    ])

NOTICES["pdf-en-event-table"] = dict(
    lang=("en", "GB"), title="Privacy notice – conference registration",
    header="Nordic Peatland Symposium 2025", footer="Suoseura – Finnish Peatland Society ry · page ",
    blocks=[
        ("h1", "Privacy notice: symposium registration"),
        ("table", [
            ("Controller", "Suoseura – Finnish Peatland Society ry\nc/o Metsätalo, Unioninkatu 40, 00170 Helsinki\nsymposium@suoseura.fi"),
            ("Purpose of processing", "Registration data are used to organise the Nordic Peatland Symposium 2025, to prepare name badges and the participant list, and to arrange meals and the field excursion."),
            ("Legal basis", "Processing is necessary for the performance of the registration contract. Dietary requirements are processed with the participant's consent."),
            ("Personal data", "Name, organisation, country, e-mail address, invoicing details, excursion choice and dietary requirements."),
            ("Recipients", "The caterer receives dietary requirements without names. The participant list with names and organisations is shared with other participants."),
            ("Transfers", "Data are not transferred outside the EU/EEA."),
            ("Retention", "Registration data are kept until further notice for planning future symposia."),
            ("Rights", "You may request access to your data and the rectification or erasure of your data. You may withdraw your consent for dietary data at any time. You have the right to lodge a complaint with the Data Protection Ombudsman."),
        ]),
    ])

NOTICES["pdf-fi-potilasrekisteri-taulukko"] = dict(
    lang=("fi", "FI"), title="Potilasrekisterin tietosuojaseloste",
    header="Hammaslääkäriasema Kaarna Oy · Potilasrekisterin tietosuojaseloste",
    footer="Hammaslääkäriasema Kaarna Oy · Kauppakatu 21, 80100 Joensuu · p. 013 222 3344 · sivu ",
    blocks=[
        ("h1", "Potilasrekisterin tietosuojaseloste"),
        ("p", "EU:n yleisen tietosuoja-asetuksen (2016/679) 13 ja 14 artiklan mukainen informointi. Päivitetty 8.5.2025."),
        ("table", [
            ("Rekisterinpitäjä", "Hammaslääkäriasema Kaarna Oy (Y-tunnus 2718281-8)\nKauppakatu 21, 80100 Joensuu\nvastaanotto@kaarnahammas.fi"),
            ("Tietosuojavastaava", "Asemalla on nimetty tietosuojavastaava: ylihammaslääkäri Jukka Ahonen, tietosuoja@kaarnahammas.fi."),
            ("Rekisterin nimi", "Potilasrekisteri"),
            ("Käsittelyn tarkoitus", "Potilastietoja käsitellään potilaan suun terveydenhuollon tutkimuksen ja hoidon suunnitteluun, toteuttamiseen ja seurantaan, ajanvaraukseen, laskutukseen sekä hoidon laadun varmistamiseen.\n\nTietoja käytetään myös Kelan suorakorvausten hakemiseen, kun potilas on siihen oikeutettu, ja potilasvahinkoilmoitusten käsittelyyn."),
            ("Käsittelyn oikeusperuste", "Käsittely perustuu rekisterinpitäjän lakisääteisiin velvoitteisiin (tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta). Terveystietojen käsittely perustuu tietosuoja-asetuksen 9 artiklan 2 kohdan h alakohtaan (terveydenhuollon palvelujen tarjoaminen) ja tietosuojalain 6 §:ään.\n\nVelvoitteet tulevat laista potilaan asemasta ja oikeuksista (785/1992), laista terveydenhuollon ammattihenkilöistä (559/1994) ja sosiaali- ja terveydenhuollon asiakastietojen käsittelystä annetusta laista (703/2023)."),
            ("Rekisterin tietosisältö", "Potilaan henkilötiedot: nimi, henkilötunnus, osoite, puhelinnumero ja sähköpostiosoite sekä alaikäisen potilaan huoltajan yhteystiedot.\n\nTerveystiedot: esitiedot yleissairauksista ja lääkityksestä, allergiat, hammas- ja suustatus, röntgenkuvat, hoitosuunnitelmat, tehdyt toimenpiteet ja lähetteet.\n\nLaskutus- ja korvaustiedot sekä ajanvaraushistoria."),
            ("Säännönmukaiset tietolähteet", "Tiedot saadaan potilaalta itseltään, hoitoon osallistuvilta ammattihenkilöiltä, potilaan suostumuksella muilta terveydenhuollon toimintayksiköiltä sekä Kanta-palveluista."),
            ("Tietojen luovutukset", "Potilastietoja luovutetaan vain potilaan kirjallisella suostumuksella tai lain nojalla, esimerkiksi Kelalle suorakorvauksia varten ja Kanta-palveluihin. Potilastietojärjestelmän toimittaja ja röntgenkuvien arkistointipalvelu käsittelevät tietoja aseman lukuun."),
            ("Siirrot EU:n ja ETA:n ulkopuolelle", "Potilastietoja ei siirretä Euroopan unionin tai Euroopan talousalueen ulkopuolelle."),
            ("Säilytysaika", "Potilasasiakirjat säilytetään sosiaali- ja terveysministeriön potilasasiakirja-asetuksen (94/2022) mukaisesti, pääsääntöisesti 12 vuotta potilaan kuolemasta tai, jos kuolinpäivä ei ole tiedossa, 120 vuotta syntymästä. Laskutustiedot säilytetään kuusi vuotta."),
            ("Rekisteröidyn oikeudet", "Potilaalla on oikeus tarkastaa häntä koskevat potilastiedot ja saada niistä jäljennökset. Potilas voi vaatia virheellisen tiedon korjaamista; potilasasiakirjaan tehdään tällöin merkintä korjauksesta.\n\nKoska käsittely perustuu lakisääteiseen velvoitteeseen, potilaalla ei ole oikeutta tietojen poistamiseen, siirtämiseen toiselle rekisterinpitäjälle eikä käsittelyn vastustamiseen. Potilaalla on oikeus pyytää käsittelyn rajoittamista."),
            ("Valitusoikeus", "Potilaalla on oikeus tehdä valitus tietosuojavaltuutetun toimistolle (tietosuoja.fi), jos hän katsoo, että henkilötietojen käsittely rikkoo tietosuoja-asetusta.\n\nValvontaviranomaisen yhteystiedot: Tietosuojavaltuutetun toimisto, PL 800, 00531 Helsinki, puhelinvaihde 029 566 6700, sähköposti tietosuoja@om.fi. Valituksen voi tehdä myös siinä EU:n jäsenvaltiossa, jossa potilaan vakinainen asuinpaikka tai työpaikka on."),
            ("Tietojen antaminen", "Henkilötunnus ja esitiedot ovat välttämättömiä turvallisen hoidon antamiseksi; ilman niitä hoitoa ei voida aloittaa."),
            ("Automaattinen päätöksenteko", "Potilastietoja ei käytetä automaattiseen päätöksentekoon eikä profilointiin."),
        ]),
    ])
