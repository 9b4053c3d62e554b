package org.minutebook.reader;

import org.minutebook.events.Person;
import org.minutebook.events.meetings.MeetingContact;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The page's heading, in whichever of the forms councils print it: "Committee - Tuesday, 2 November 2021 2.00 pm"
 * (ModernGov, on one line or two), "Minutes of the Statutory Annual Meeting of Melton Parish Council held via Zoom
 * on Wednesday 5 May 2021 commencing at 19:00", "MINUTES OF MACKENZIE DISTRICT COUNCIL ORDINARY COUNCIL MEETING HELD
 * AT … ON TUESDAY, 9 FEBRUARY 2021 AT 9.30AM", "Meeting: 20/09/2017 - Council (Item 52)", "Ordinary Meeting of
 * Council - 17 December 2020", labelled lines ("Venue:", "Meeting Date: |", "Time:"), "(Hall, 7.00pm – 9.00pm)",
 * who presided. Where the page heads itself more than once (a covering letter for the next meeting, then the
 * minutes of this one), the heading nearest the minutes wins. The council only where a heading names one: never a
 * word of the venue ("District Council Chamber") or a contact's address.
 */
record Heading(String committee, String title, String council, boolean special, LocalDate date, LocalTime startsAt,
               LocalTime closedAt, String venue, List<MeetingContact> contacts, String webcastUrl, Person chair) {

    private static final String WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    private static final String KIND = "(?<kind>(?:statutory |october |november |december |january |february |march |"
            + "april |may |june |july |august |september )?(?:annual |ordinary |extraordinary |special |additional |"
            + "monthly |full |remote |virtual |hybrid |reconvened |adjourned |inaugural |quarterly |emergency )*)";
    private static final Pattern MODERN_GOV = Pattern.compile("^(?:(?<special>Special|Extraordinary|Additional)"
            + " Meeting,?\\s+(?:of\\s+)?)?(?<title>.+?)\\s+[-–]\\s+" + WEEKDAY + ",?\\s+(?<date>.+?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_LINE = Pattern.compile("^" + WEEKDAY + ",?\\s+\\d.*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MINUTES_OF_MEETING = Pattern.compile("\\bminutes? of (?:(?:the )?proceedings (?:of|at) )?"
            + "(?:a |the )?" + KIND + "meeting of "
            // "the Full Brandon Town Council": a full meeting of the council, whose name is Brandon Town Council
            + "(?:the )?(?:full (?=\\S+ .*council held\\b))?(?<title>.+?) held\\b(?<rest>.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MINUTES_OF_BODY = Pattern.compile("\\bminutes? of (?:the )?(?<title>.+?)\\s+(?:(?<kind>"
            + "ordinary|extraordinary|special|annual|monthly)\\s+(?:council\\s+)?)?meeting held\\b(?<rest>.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MINUTES_OF_DATED = Pattern.compile("^minutes of (?<title>[a-z ]+?) (?<date>\\d{1,2}"
            + "(?:st|nd|rd|th)? [a-z]+ \\d{4})$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEETING_OF = Pattern.compile("(?:^(?:minutes of (?:a |the )?)?|[-–]\\s*)" + KIND
            + "meeting of (?:the )?"
            + "(?<title>council|[A-Z][\\w ]+?)(?=\\s+[-–]|\\s*$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ITEM_OF_MEETING = Pattern.compile("^Meeting:\\s*(?<date>\\d{1,2}/\\d{1,2}/\\d{4})\\s*"
            + "[-–]\\s*(?<title>.+?)\\s*\\(Item \\d+[a-z]?\\)$");
    private static final Pattern LABELLED = Pattern.compile("^(?<label>Meeting Date|Date|Time|Venue|Place|Location|"
            + "Meeting Commenced|Commenced|Commencing|Meeting Concluded|Concluded|Meeting Closed)"
            + "\\s*[:|]?\\s*(?<value>.*?)\\s*(?:\\.?\\s*View directions)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern VENUE_AND_TIMES = Pattern.compile("^\\((?<venue>[^()]+?),\\s*(?<from>\\d{1,2}[.:]\\d{2}"
            + "\\s*[ap]\\.?m\\.?)\\s*[–—-]\\s*(?<to>\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?m\\.?)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern DATE_THEN_VENUE = Pattern.compile("^(?:.*\\s)?\\d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ "
            + "\\d{4},\\s*(?<venue>(?:[A-Z][\\w’']*(?:\\s|$)){1,4})");
    private static final Pattern TIMES = Pattern.compile("(?<from>\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?\\s?m\\.?)\\s*[–—-]"
            + "\\s*(?<to>\\d{1,2}(?:[.:]\\d{2})?\\s*[ap]\\.?\\s?m\\.?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTACT = Pattern.compile("^\\s*Contacts?\\s*:\\s*(.+)$", Pattern.CASE_INSENSITIVE);
    /**
     * A council named in a heading: a place and its tier, "Shire of Kent", "London Borough of Barnet"; never the kind
     * of meeting before a tier ("the Annual Parish Council Meeting" names no council).
     */
    private static final Pattern COUNCIL = Pattern.compile("\\b((?:(?!(?:City|County|Borough|District|Town|Parish|Regional|"
            + "Community|The|And|Of|Minutes|Meeting|Ordinary|Full|Annual|Statutory|Extraordinary|Extra|Special|Monthly|"
            + "Additional)\\b)[A-Z][A-Za-z’'-]+[ -])+(?:City|County|Borough|"
            + "District|Metropolitan Borough|Town|Parish|Community|Shire|Regional) Council|London Borough of [A-Z][a-z]+(?: "
            + "[A-Z][a-z]+)*|Shire of [A-Z][a-z]+(?: [A-Z][a-z]+)?)\\b");
    /** What precedes a council that is an officer's, not the meeting's: "Chief Executive of …". */
    private static final Pattern OFFICERS_COUNCIL = Pattern.compile("\\b(?:Executive|Officer|Director|Manager|Leader|"
            + "Clerk|Solicitor|Secretary|Head|Chair(?:man)?|Member|Councillor)\\s+(?:of|for|at)\\s+(?:the\\s+)?$");
    private static final Pattern MEETING_HELD_IN = Pattern.compile("(?i)^meeting held (?:in|at) (?<venue>.+?),?\\s+on\\s+"
            + "(?<when>.+)$");
    private static final Pattern TIME_ALONE = Pattern.compile("(?i)^(?:at\\s+)?(?<time>\\d{1,2}[.:]\\d{2}\\s*[ap]\\.?\\s?m\\.?)$");
    /** Words of a building, as a venue names one. */
    private static final Pattern BUILDING = Pattern.compile("\\b(?:Hall|Chambers?|Room|Centre|Center|Offices|House|"
            + "Building|Library|Pavilion|Civic|Guildhall)\\b");
    private static final Pattern COUNCIL_NAME = Pattern.compile("(?i)^(?:[\\w’'& -]+ (?:city|county|borough|district|regional|"
            + "town|parish|community|shire) council|shire of [\\w ]+)$");
    private static final Pattern BODY_MEETING_OF = Pattern.compile("^(?<council>(?:[\\p{L}’'&-]+\\s+){1,6}(?i:council|"
            + "conservators|authority|trust|trustees|commissioners|partnership|corporation))\\s+(?i:meeting of (?:the )?)"
            + "(?<body>[\\p{L}’'& -]{3,60})$");
    private static final Pattern BODY_MEETING_DATED = Pattern.compile("^(?<body>\\p{Lu}[\\p{L}’'& -]{2,60}?)\\s+(?i:meeting)"
            + "\\s+[–—-]\\s+(?<date>.{6,40})$");
    /** A printed page's running mark before its head: the minutes' letters and the day ("MM 23.06.2020 …"). */
    private static final Pattern RUNNING_MARK = Pattern.compile("^[A-Z]{1,4}\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\s+");
    /**
     * "ALBURY PARISH COUNCIL MEETING", "Ambridge Town Council Ordinary Meeting": a council's name, then its meeting;
     * never a kind of meeting before a tier ("ANNUAL PARISH COUNCIL MEETING").
     */
    private static final Pattern COUNCIL_MEETING = Pattern.compile("(?i)^(?!(?:annual|ordinary|full|statutory|extra ?"
            + "ordinary|special|monthly|additional)\\b)(?<council>.+? council)\\s+(?:ordinary |full |monthly )?meeting$");
    private static final Pattern WEBCAST = Pattern.compile("\\bwebcast\\b.*?(https?://\\S+?)[.)]?(?:\\s|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRESIDED = Pattern.compile("(?<name>(?:Councillor|Cllr|Cr|Mayor)\\.? [A-Z][\\w.’' -]*?)"
            + ",? (?:presided|declared the meeting open)");
    /** A qualifier of dates on a committee's name: "(up to 28th April 2021)", "(2005-2015)", "(expired)". */
    private static final Pattern DATED_NAME = Pattern.compile("\\s*(?:\\((?:up to|until|from|to|since)\\b[^)]*\\)|"
            + "\\(\\d{4}\\s*-\\s*\\d{4}\\)|\\(expired\\)|,\\s*NEW)\\s*$", Pattern.CASE_INSENSITIVE);

    /** A line that speaks of a meeting or its day: "held", "meeting", "minutes", a weekday. */
    private static final Pattern OF_A_MEETING = Pattern.compile("(?i)\\b(?:held|meeting|minutes?|" + WEEKDAY + ")\\b");

    /** A line opening a numbered item: "1) Chairman", "2. Present:". */
    private static final Pattern ITEM_OPENS = Pattern.compile("^\\d{1,3}[.)]\\s+\\p{Lu}");
    /** "Minutes of …", and "Minute of …" as Scottish councils head theirs. */
    private static final Pattern MINUTE_OF = Pattern.compile("(?i)\\bminutes? of\\b");
    private static final Pattern OTHER_MEETING = Pattern.compile("(?i)\\bheld on\\b|\\bminutes? of the (?:last |previous )?"
            + "meeting\\b|\\b(?:to|will) (?:receive|approve|confirm|adopt|note)\\b");
    /** Words before "minutes of …" that make it another meeting's: "To receive the minutes of the meeting of …". */
    private static final Pattern ANOTHERS = Pattern.compile("(?i)\\b(?:to|receive|approve|confirm|adopt|note|that|of|"
            + "the|as)\\s+(?:the\\s+)?$");

    private static final Pattern INLINE_LABEL = Pattern.compile("(?<=\\S)\\s+(?<label>Date|Time|Location):\\s*(?<value>.+?)"
            + "(?=\\s+(?:Date|Time|Location):|$)");
    private static final Pattern TITLE_THEN_DAY = Pattern.compile("^\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]+,?\\s+\\d{4}"
            + "(?:\\s*[-–]\\s*(?<from>\\d{1,2}[:.]\\d{2})\\s+to\\s+(?<to>\\d{1,2}[:.]\\d{2}))?(?:\\s+MINUTES)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MEETING_KIND = Pattern.compile("(?i)^(?<kind>extra ?ordinary|special|annual|"
            + "ordinary)\\s+|\\s+meeting$");

    /** "Cabinet 21st October 2009 Minutes of the meeting held on 23rd September 2009 …": the body, then a date. */
    private static final Pattern TITLE_BEFORE_DATE = Pattern.compile("^(?<title>[A-Z][A-Za-z&’' -]{2,60}?)\\s+\\d{1,2}"
            + "(?:st|nd|rd|th)?\\s+(?:January|February|March|April|May|June|July|August|September|October|November|"
            + "December)\\s+\\d{4}\\s+Minutes\\b");

    private static final Pattern BODY_OF_COUNCIL = Pattern.compile("(?i)^(?<body>.+?\\b(?:committee|sub-committee|"
            + "cabinet|board|panel|forum))\\s+of\\s+(?:the\\s+)?(?<council>(?:[\\w’'&-]+\\s+){1,5}council)$");
    private static final Pattern COUNCIL_THEN_BODY = Pattern.compile("^(?<council>.+?\\b(?i:council))\\s+[–—-]\\s+"
            + "(?<body>\\S.*)$");
    /** A body's name alone on a line: "Licensing Committee", "Cabinet", "Audit and Governance Sub-Committee". */
    private static final Pattern BODY_LINE = Pattern.compile("^(?:The\\s+|THE\\s+)?(?:[A-Z][\\w&’',-]*\\s+(?:(?:and|of|for|"
            + "AND|OF|FOR|&)\\s+)?){0,8}(?i:Committee|Sub-Committee|Subcommittee|Cabinet|Board|Panel|Forum|Commission"
            + "|Executive|Working Group)$");

    static boolean isMinutesSentence(String text) {
        return MINUTES_OF_MEETING.matcher(text).find() || MINUTES_OF_BODY.matcher(text).find();
    }

    static Heading read(List<Line> heading) {
        Reading r = new Reading();
        List<Line> lines = heading.stream().filter(line -> !line.blank()).toList();
        for (int i = 0; i < lines.size(); i++) {
            r.line(lines, i);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (MINUTE_OF.matcher(lines.get(i).text()).find()) {
                // the sentence, over the lines a heading wraps it: up to a list's label, a full stop, six lines on
                StringBuilder text = new StringBuilder(lines.get(i).text().strip());
                for (int j = i + 1; j < Math.min(lines.size(), i + 6) && !text.toString().endsWith("."); j++) {
                    String t = lines.get(j).text().strip();
                    // nor into the first item printed above the lists ("… in the Old School" / "1) Chairman"), nor
                    // into a block the page's flattened line was parted into ("… at 5:32 pm" / "PRESENT IN The …")
                    if (ListLabels.labelOf(t) != null || lines.get(j).number() > lines.get(j - 1).number() + 2
                            || lines.get(j).number() == lines.get(j - 1).number() || ITEM_OPENS.matcher(t).find()) {
                        break;
                    }
                    text.append(' ').append(t);
                }
                r.sentence(Paragraph.tidy(text.toString()));
            }
        }
        dayThenTimeThenPlace(lines, r);
        meetingHeldIn(lines, r);
        if (r.title == null) {
            r.title = bodyOverTheSentence(lines);
        }
        if (r.title == null) {
            // "MALVERN HILLS CONSERVATORS MEETING OF THE BOARD": the body, then which of its meetings
            lines.stream().limit(4).map(line -> BODY_MEETING_OF.matcher(line.text().strip())).filter(Matcher::matches)
                    .findFirst().ifPresent(m -> {
                        r.title = m.group("body");
                        r.council = r.council != null ? r.council : m.group("council");
                    });
        }
        if (r.title == null) {
            // "Charter Trustees Meeting – 10th July, 2019": the body's meeting on that day
            r.title = lines.stream().limit(4).map(line -> BODY_MEETING_DATED.matcher(line.text().strip()))
                    .filter(m -> m.matches() && Dates.first(m.group("date")) != null).map(m -> m.group("body"))
                    .findFirst().orElse(null);
        }
        if (r.title == null) {
            // "ALBURY PARISH COUNCIL MEETING" printed over the page: a meeting of that council
            r.title = lines.stream().limit(4).map(line -> COUNCIL_MEETING.matcher(line.text().strip()))
                    .filter(Matcher::matches).map(m -> m.group("council")).filter(c -> COUNCIL_NAME.matcher(c).matches())
                    .findFirst().orElse(null);
        }
        if (r.council == null) {
            // "WESTBURY DISTRICT COUNCIL" printed over the page: a line that is a council's name and nothing more
            r.council = lines.stream().limit(4).map(line -> RUNNING_MARK.matcher(line.text().strip()).replaceFirst(""))
                    .filter(text -> COUNCIL_NAME.matcher(text).matches() && text.split("\\s+").length <= 6)
                    .findFirst().orElse(null);
        }
        if (r.date == null) {
            // the first date of a heading line that is not about another meeting ("minutes of the meeting held on …")
            r.date = lines.stream().filter(line -> !OTHER_MEETING.matcher(line.text()).find())
                    .filter(line -> datesTheMeeting(line.text()))
                    .map(line -> Dates.first(line.text())).filter(d -> d != null).findFirst().orElse(null);
        }
        // "… of The Highland Licensing Board, held in …": the comma before "held" is no part of the name
        String committee = r.title == null ? null : DATED_NAME.matcher(r.title.strip().replaceFirst("[,;]$", ""))
                .replaceFirst("").strip();
        Matcher ofCouncil = committee == null ? null : BODY_OF_COUNCIL.matcher(committee);
        Matcher councilThenBody = committee == null ? null : COUNCIL_THEN_BODY.matcher(committee);
        if (councilThenBody != null && councilThenBody.matches()
                && COUNCIL_NAME.matcher(councilThenBody.group("council")).matches()) {
            // "Harrowgate Borough Council - Planning Committee - Tuesday, …": the council, then the body that met
            committee = councilThenBody.group("body");
            r.council = councilThenBody.group("council");
        } else if (ofCouncil != null && ofCouncil.matches()) {
            // "AUDIT COMMITTEE OF NORTHWOLD BOROUGH COUNCIL": the body that met, of the council it names
            committee = ofCouncil.group("body");
            r.council = ofCouncil.group("council");
        } else if (committee != null && COUNCIL_NAME.matcher(committee).matches()) {
            r.council = committee;
        }
        return new Heading(committee, r.title == null ? null : r.title.strip(), r.council, r.special, r.date,
                r.startsAt, r.closedAt, r.venue, r.contacts, r.webcast, r.chair);
    }

    /**
     * "Felpersham City Council" / "Licensing Committee" / "Minutes of the meeting held on 12 January 2024": a sentence
     * that names no body has the body printed on a line of its own over it, a committee's, a cabinet's, a board's.
     */
    private static String bodyOverTheSentence(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (MINUTE_OF.matcher(lines.get(i).text()).find()) {
                for (int above = i - 1; above >= Math.max(0, i - 2); above--) {
                    String text = lines.get(above).text().strip();
                    if (BODY_LINE.matcher(text).matches()) {
                        return text;
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * "Meeting held in the Council Chamber" / "36 Water Street, Whangārei" / "on Tuesday 28 November 2023,
     * commencing at 10.00am": where and when, over the lines the heading wraps the sentence on.
     */
    private static void meetingHeldIn(List<Line> lines, Reading r) {
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).text().strip().matches("(?i)^meeting held (?:in|at)\\b.*")) {
                continue;
            }
            StringBuilder sentence = new StringBuilder(lines.get(i).text().strip());
            for (int j = i + 1; j < Math.min(lines.size(), i + 4) && Dates.first(sentence.toString()) == null; j++) {
                sentence.append(' ').append(lines.get(j).text().strip());
            }
            Matcher held = MEETING_HELD_IN.matcher(Paragraph.tidy(sentence.toString()));
            if (held.matches() && Dates.first(held.group("when")) != null) {
                r.venue = r.venue != null ? r.venue : held.group("venue").strip();
                r.date = r.date != null ? r.date : Dates.first(held.group("when"));
                r.startsAt = r.startsAt != null ? r.startsAt : Dates.firstTime(held.group("when"));
            }
            return;
        }
    }

    /**
     * A heading printed a line a fact: the day, "AT 5.00 pm" or "07.30 p.m." alone, then where ("Council Chamber,
     * Town Hall", "The Town Hall, Castlefield Road, Reigate, Surrey"): the place is the line after the time, when it
     * names a building.
     */
    private static void dayThenTimeThenPlace(List<Line> lines, Reading r) {
        for (int i = 1; i + 1 < lines.size(); i++) {
            Matcher time = TIME_ALONE.matcher(lines.get(i).text().strip());
            if (!time.matches() || Dates.first(lines.get(i - 1).text()) == null) {
                continue;
            }
            r.startsAt = r.startsAt != null ? r.startsAt : Dates.firstTime(time.group("time"));
            String place = lines.get(i + 1).text().strip();
            if (r.venue == null && BUILDING.matcher(place).find() && place.split("\\s+").length <= 12
                    && Dates.first(place) == null && !place.matches(".*[.:;]$")) {
                r.venue = place;
            }
            return;
        }
    }

    /** What the heading's lines say, gathered line by line: a later heading of the same kind replaces an earlier. */
    private static final class Reading {
        String title;
        String council;
        boolean special;
        LocalDate date;
        LocalTime startsAt;
        LocalTime closedAt;
        String venue;
        final List<MeetingContact> contacts = new ArrayList<>();
        String webcast;
        Person chair;
        boolean fromSentence;

        void line(List<Line> lines, int i) {
            String text = lines.get(i).text().strip();
            Matcher contact = CONTACT.matcher(text);
            if (contact.matches()) {
                contacts.addAll(Contacts.read(contact.group(1)));
                return;
            }
            Matcher labelled = LABELLED.matcher(text);
            if (labelled.matches()) {
                String value = labelled.group("value").isEmpty() && i + 1 < lines.size()
                        ? lines.get(i + 1).text().strip() : labelled.group("value");
                label(labelled.group("label"), value, lines, i);
                return;
            }
            Matcher modernGov = MODERN_GOV.matcher(text);
            if (!fromSentence && modernGov.matches() && Dates.first(modernGov.group("date")) != null) {
                title = modernGov.group("title");
                special = modernGov.group("special") != null;
                date = Dates.first(modernGov.group("date"));
                startsAt = Dates.firstTime(modernGov.group("date"));
            } else if (!fromSentence && DAY_LINE.matcher(text).matches() && Dates.first(text) != null && i > 0
                    && isTitleLine(lines.get(i - 1).text())) {
                title = lines.get(i - 1).text().strip();
                date = Dates.first(text);
                startsAt = Dates.firstTime(text);
            }
            inlineLabels(text);
            Matcher titleThenDay = TITLE_THEN_DAY.matcher(text);
            if (!fromSentence && i > 0 && titleThenDay.matches() && Dates.first(text) != null
                    && isTitleLine(lines.get(i - 1).text()) && lines.get(i - 1).text().matches(".*[A-Za-z].*")) {
                // "Full Authority" over "30 May 2018 - 10:00 to 11:30"; "EXTRA ORDINARY PARISH COUNCIL MEETING" over
                // "26 April 2021 MINUTES"
                title = lines.get(i - 1).text().strip();
                date = Dates.first(text);
                if (titleThenDay.group("from") != null) {
                    startsAt = Dates.firstTimeEitherClock(titleThenDay.group("from"));
                    closedAt = Dates.firstTimeEitherClock(titleThenDay.group("to"));
                }
                Matcher kind = MEETING_KIND.matcher(title);
                if (kind.find()) {
                    // "… COUNCIL MEETING" names no kind: only its word "meeting" goes
                    String named = kind.group("kind") == null ? "" : kind.group("kind");
                    special = special || kindIsSpecial(named.replace("EXTRA ORDINARY", "extraordinary"));
                    title = kind.replaceAll("").strip();
                }
            }
            Matcher titled = TITLE_BEFORE_DATE.matcher(text);
            if (title == null && titled.find()) {
                title = titled.group("title").strip();
            }
            Matcher item = ITEM_OF_MEETING.matcher(text);
            if (item.matches()) {
                title = item.group("title");
                date = Dates.firstNumeric(item.group("date"));
            }
            Matcher dated = MINUTES_OF_DATED.matcher(text);
            if (dated.matches() && title == null) {
                title = dated.group("title");
                date = Dates.first(dated.group("date"));
            }
            Matcher meetingOf = MEETING_OF.matcher(text);
            if (meetingOf.find() && title == null && !isMinutesSentence(text)) {
                title = meetingOf.group("title");
                special = kindIsSpecial(meetingOf.group("kind"));
            }
            Matcher venueAndTimes = VENUE_AND_TIMES.matcher(text);
            if (venueAndTimes.matches()) {
                venue = venueAndTimes.group("venue").strip();
                startsAt = Dates.firstTime(venueAndTimes.group("from"));
                closedAt = Dates.firstTime(venueAndTimes.group("to"));
            }
            Matcher dateThenVenue = DATE_THEN_VENUE.matcher(text);
            if (venue == null && dateThenVenue.find()) {
                venue = dateThenVenue.group("venue").strip().replaceFirst("\\s+(?:An|The)$", "");
            }
            Matcher presided = PRESIDED.matcher(text);
            if (chair == null && presided.find()) {
                chair = new Person(null, presided.group("name").strip(), null);
            }
            Matcher councilName = COUNCIL.matcher(text);
            if (council == null && councilName.find() && namesTheMeetingsCouncil(text, councilName.start(),
                    councilName.end())) {
                council = councilName.group(1);
            }
            Matcher webcastLink = WEBCAST.matcher(text);
            if (webcastLink.find()) {
                webcast = webcastLink.group(1);
            }
        }

        /**
         * A council the heading names as the meeting's: in a line's first words, before any sentence of it ends, or
         * in its "Minutes of …" sentence, never an officer's or an address's ("Ian Knowles, Chief Executive of West Lindsey District Council, …" in the minute).
         */
        private static boolean namesTheMeetingsCouncil(String text, int at, int end) {
            String before = text.substring(0, at);
            boolean opensTheLine = before.split("\\s+").length <= 25 && !before.matches("(?s).*\\p{Ll}[.;:]\\s.*");
            // an address names the council that owns the building ("Council Chamber Hawke's Bay Regional Council
            // 159 Dalton Street", "District Council Offices"), and a name cut after "of" is part of one ("Bay of
            // Plenty Regional Council" read from "Plenty"): neither is the meeting's council
            boolean address = BUILDING.matcher(text.substring(0, end)).find()
                    || text.substring(end).matches("(?s)^\\s+(?:Offices|Chambers?|Building|House|Depot)\\b.*");
            boolean cut = before.matches("(?s).*\\bof\\s+$");
            return (opensTheLine || isMinutesSentence(text)) && !OFFICERS_COUNCIL.matcher(before).find() && !address
                    && !cut;
        }

        /** "Minutes for the Ordinary Council Meeting Date: 22 November 2017 Location: Town Hall Time: 6.00PM". */
        private void inlineLabels(String text) {
            Matcher labels = INLINE_LABEL.matcher(text);
            while (labels.find()) {
                String value = labels.group("value").strip();
                switch (labels.group("label").toLowerCase(java.util.Locale.ROOT)) {
                    case "date" -> date = date != null ? date : Dates.first(value);
                    case "time" -> startsAt = startsAt != null ? startsAt : Dates.firstTimeEitherClock(value);
                    default -> venue = venue != null ? venue : value.replaceAll("[.,]$", "");
                }
            }
        }

        private void label(String label, String value, List<Line> lines, int i) {
            String l = label.toLowerCase(java.util.Locale.ROOT);
            String v = value.replaceAll("\\s*\\|\\s*$", "").strip();
            if (l.contains("commenc")) {
                // "Commencing: Wednesday 11 December 2024, 09:30am": the day too, where it gives one
                startsAt = Dates.firstTimeEitherClock(v);
                date = date != null ? date : Dates.first(v);
            } else if (l.contains("concluded") || l.contains("closed")) {
                closedAt = Dates.firstTimeEitherClock(v);
            } else if (l.contains("date")) {
                date = date != null ? date : Dates.first(v);
            } else if (l.equals("time")) {
                List<LocalTime> times = Dates.times(v);
                if (!times.isEmpty()) {
                    startsAt = startsAt != null ? startsAt : times.get(0);
                    closedAt = times.size() > 1 ? times.get(times.size() - 1) : closedAt;
                } else if (startsAt == null) {
                    startsAt = Dates.firstTimeEitherClock(v);
                }
            } else if (!v.isEmpty()) {
                venue = v.replaceAll("\\.?\\s*View directions$", "");
                if (value.equals(lines.get(Math.min(i + 1, lines.size() - 1)).text().strip())
                        && i + 2 < lines.size() && !lines.get(i + 1).text().strip().endsWith("|")
                        && lines.get(i + 2).text().strip().matches("^[A-Z][a-z]+(?: [A-Z][a-z]+)*$")) {
                    venue = venue + " " + lines.get(i + 2).text().strip();
                }
            }
        }

        void sentence(String sentence) {
            Matcher best = null;
            for (Pattern pattern : List.of(MINUTES_OF_MEETING, MINUTES_OF_BODY)) {
                Matcher m = pattern.matcher(sentence);
                int from = 0;
                while (from < sentence.length() && m.find(from)) {
                    if (ANOTHERS.matcher(sentence.substring(0, m.start())).find()) {
                        from = m.start() + 1;
                        continue;
                    }
                    if (best == null || m.start() >= best.start()) {
                        best = m;
                        best = pattern.matcher(sentence);
                        best.find(m.start());
                    }
                    from = m.start() + 1;
                }
            }
            if (best == null) {
                return;
            }
            String rest = best.group("rest");
            String named = best.group("title").strip();
            if (!named.matches("(?i)^(?:meeting|the meeting|the|a|an)$")) {
                title = named;
            }
            special = special || kindIsSpecial(best.group("kind"));
            LocalDate day = Dates.first(rest);
            date = day != null ? day : date;
            List<LocalTime> times = Dates.times(rest);
            Matcher range = TIMES.matcher(rest);
            if (range.find()) {
                startsAt = Dates.firstTime(range.group("from"));
                closedAt = Dates.firstTime(range.group("to"));
            } else if (!times.isEmpty()) {
                startsAt = times.get(0);
            } else {
                Matcher commencing = Pattern.compile("(?i)\\b(?:commencing |at )(\\d{1,2}[:.]\\d{2})\\b").matcher(rest);
                if (commencing.find()) {
                    startsAt = Dates.firstTimeEitherClock(commencing.group(1));
                }
            }
            String place = Venues.in(rest);
            venue = place != null ? place : venue;
            fromSentence = true;
        }

        private static boolean isTitleLine(String text) {
            String t = text.strip();
            return !t.isEmpty() && t.split("\\s+").length <= 14 && !t.endsWith(".") && Dates.first(t) == null;
        }
    }

    private static boolean kindIsSpecial(String kind) {
        return kind != null && kind.toLowerCase(java.util.Locale.ROOT).matches(".*\\b(?:extraordinary|special)\\b.*");
    }

    /**
     * Whether a heading line's date can be the meeting's: a line about a meeting or its day, or one short enough to be
     * a heading's date ("5 September 2019", "Date: 22 November 2017"). A sentence about something else that happens to
     * hold a date ("documents published after 1 May 2020 are available as HTML pages") dates no meeting.
     */
    private static boolean datesTheMeeting(String line) {
        return OF_A_MEETING.matcher(line).find() || line.strip().split("\\s+").length <= 8;
    }
}
