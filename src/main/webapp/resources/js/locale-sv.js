/*
 * PrimeFaces' texts in Swedish, so that a Swedish page's widgets say Swedish to a screen reader too (WCAG 2.1, 3.1.2
 * Language of Parts): the date picker's calendar named its days "December 13" and its buttons "Next Month", and a
 * table's paginator and sort buttons were English, because PrimeFaces has only its English texts built in. These are
 * every key of its English texts (PrimeFaces.locales.en_US), the accessibility labels (aria) included; English pages
 * keep PrimeFaces' own. A widget takes the texts of the page's locale ("sv") when it starts.
 *
 * The calendar names a day by its month's name and the day ("December 13"); in Swedish the day comes first
 * ("13 december"), so a Swedish calendar's day cells are named so after PrimeFaces has drawn them.
 */
(function () {
    "use strict";

    if (!window.PrimeFaces) {
        return;
    }

    PrimeFaces.locales.sv = {
        accept: "Ja",
        addRule: "Lägg till regel",
        am: "fm",
        apply: "Använd",
        cancel: "Avbryt",
        choose: "Välj",
        chooseDate: "Välj datum",
        chooseMonth: "Välj månad",
        chooseYear: "Välj år",
        clear: "Töm",
        completed: "Klar",
        contains: "Innehåller",
        custom: "Anpassad",
        dateAfter: "Datum efter",
        dateBefore: "Datum före",
        dateFormat: "yy-mm-dd",
        dateIs: "Datum är",
        dateIsNot: "Datum är inte",
        dayNames: ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"],
        dayNamesMin: ["sö", "må", "ti", "on", "to", "fr", "lö"],
        dayNamesShort: ["sön", "mån", "tis", "ons", "tor", "fre", "lör"],
        emptyFilterMessage: "Inga träffar",
        emptyMessage: "Inga val finns",
        emptySearchMessage: "Inga träffar",
        emptySelectionMessage: "Inget valt",
        endsWith: "Slutar med",
        equals: "Är lika med",
        fileSizeTypes: ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"],
        filter: "Filtrera",
        firstDayOfWeek: 1,
        gt: "Större än",
        gte: "Större än eller lika med",
        lt: "Mindre än",
        lte: "Mindre än eller lika med",
        matchAll: "Uppfyller alla",
        matchAny: "Uppfyller någon",
        medium: "Medel",
        monthNames: ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
            "november", "december"],
        monthNamesShort: ["jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"],
        nextDecade: "Nästa årtionde",
        nextHour: "Nästa timme",
        nextMillisecond: "Nästa millisekund",
        nextMinute: "Nästa minut",
        nextMonth: "Nästa månad",
        nextSecond: "Nästa sekund",
        nextYear: "Nästa år",
        noFilter: "Inget filter",
        notContains: "Innehåller inte",
        notEquals: "Är inte lika med",
        now: "Nu",
        passwordPrompt: "Ange ett lösenord",
        pending: "Väntar",
        pm: "em",
        prevDecade: "Föregående årtionde",
        prevHour: "Föregående timme",
        prevMillisecond: "Föregående millisekund",
        prevMinute: "Föregående minut",
        prevMonth: "Föregående månad",
        prevSecond: "Föregående sekund",
        prevYear: "Föregående år",
        reject: "Nej",
        removeRule: "Ta bort regel",
        searchMessage: "{0} träffar",
        selectionMessage: "{0} valda",
        showMonthAfterYear: false,
        startsWith: "Börjar med",
        strong: "Starkt",
        today: "I dag",
        upload: "Ladda upp",
        weak: "Svagt",
        weekHeader: "v.",
        weekNumberTitle: "v.",
        isRTL: false,
        yearSuffix: "",
        timeOnlyTitle: "Bara tid",
        timeText: "Tid",
        hourText: "Timme",
        minuteText: "Minut",
        secondText: "Sekund",
        millisecondText: "Millisekund",
        year: "År",
        month: "Månad",
        week: "Vecka",
        day: "Dag",
        list: "Lista",
        allDayText: "Hela dagen",
        moreLinkText: "Fler …",
        noEventsText: "Inga händelser",
        unexpectedError: "Oväntat fel",
        /** The portal's own: a day is named day first (see dayFirst below). */
        dayBeforeMonth: true,
        aria: {
            cancelEdit: "Avbryt ändring",
            close: "Stäng",
            collapseLabel: "Fäll ihop",
            collapseRow: "Raden ihopfälld",
            editRow: "Ändra raden",
            expandLabel: "Fäll ut",
            expandRow: "Raden utfälld",
            falseLabel: "Falskt",
            filterConstraint: "Filtervillkor",
            filterOperator: "Filteroperator",
            firstPageLabel: "Första sidan",
            gridView: "Rutnät",
            hideFilterMenu: "Dölj filtermenyn",
            jumpToPageDropdownLabel: "Gå till sida, lista",
            jumpToPageInputLabel: "Gå till sida, fält",
            lastPageLabel: "Sista sidan",
            listLabel: "Lista med val",
            listView: "Lista",
            moveAllToSource: "Flytta alla till källan",
            moveAllToTarget: "Flytta alla till målet",
            moveBottom: "Flytta sist",
            moveDown: "Flytta ned",
            moveToSource: "Flytta till källan",
            moveToTarget: "Flytta till målet",
            moveTop: "Flytta först",
            moveUp: "Flytta upp",
            navigation: "Navigering",
            next: "Nästa",
            nextPageLabel: "Nästa sida",
            nullLabel: "Inte vald",
            otpLabel: "Ange engångslösenordets tecken {0}",
            pageLabel: "Sida {page}",
            passwordHide: "Dölj lösenordet",
            passwordShow: "Visa lösenordet",
            previous: "Föregående",
            prevPageLabel: "Föregående sida",
            rotateLeft: "Vrid åt vänster",
            rotateRight: "Vrid åt höger",
            rowsPerPageLabel: "Rader per sida",
            saveEdit: "Spara ändringen",
            scrollTop: "Rulla till början",
            selectAll: "Alla valda",
            selectLabel: "Välj",
            selectRow: "Raden vald",
            showFilterMenu: "Visa filtermenyn",
            slide: "Bild",
            slideNumber: "{slideNumber}",
            star: "1 stjärna",
            stars: "{star} stjärnor",
            trueLabel: "Sant",
            unselectAll: "Inga valda",
            unselectLabel: "Välj bort",
            unselectRow: "Raden inte vald",
            zoomImage: "Förstora bilden",
            zoomIn: "Zooma in",
            zoomOut: "Zooma ut",
            "datatable.sort.ASC": "aktivera för att sortera kolumnen stigande",
            "datatable.sort.DESC": "aktivera för att sortera kolumnen fallande",
            "datatable.sort.NONE": "aktivera för att ta bort kolumnens sortering",
            "colorpicker.OPEN": "Öppna färgväljaren",
            "colorpicker.CLOSE": "Stäng färgväljaren",
            "colorpicker.CLEAR": "Töm den valda färgen",
            "colorpicker.MARKER": "Mättnad: {s}. Ljusstyrka: {v}.",
            "colorpicker.HUESLIDER": "Reglage för nyans",
            "colorpicker.ALPHASLIDER": "Reglage för opacitet",
            "colorpicker.INPUT": "Fält för färgvärde",
            "colorpicker.FORMAT": "Färgformat",
            "colorpicker.SWATCH": "Färgprov",
            "colorpicker.INSTRUCTION": "Väljare för mättnad och ljusstyrka. Välj med piltangenterna upp, ned, vänster och höger.",
            "spinner.INCREASE": "Öka värdet",
            "spinner.DECREASE": "Minska värdet",
            "switch.ON": "På",
            "switch.OFF": "Av",
            "messages.ERROR": "Fel",
            "messages.FATAL": "Allvarligt fel",
            "messages.INFO": "Information",
            "messages.WARN": "Varning"
        }
    };

    /** The calendar's day cells of a Swedish picker named "13 december", not "december 13". */
    function dayFirst() {
        var picker = window.jQuery && jQuery.prime && jQuery.prime.datePicker;
        if (!picker || picker.prototype.renderWeek.swedishDays) {
            return;
        }
        var renderWeek = picker.prototype.renderWeek;
        picker.prototype.renderWeek = function (days) {
            var html = renderWeek.apply(this, arguments);
            var locale = this.options.locale;
            if (!locale || !locale.dayBeforeMonth) {
                return html;
            }
            var names = locale.monthNames;
            days.forEach(function (day) {
                html = html.replace(' aria-label="' + names[day.month] + " " + day.day + '"',
                    ' aria-label="' + day.day + " " + names[day.month] + '"');
            });
            return html;
        };
        picker.prototype.renderWeek.swedishDays = true;
    }

    dayFirst();
    if (window.jQuery) {
        jQuery(dayFirst);
    }
}());
