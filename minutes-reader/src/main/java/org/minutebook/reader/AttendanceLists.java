package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lists at the head of printed minutes: who was present, who else attended, which officers, who sent apologies
 * — each under a label ("Present:", "MEMBERS PRESENT", "THOSE ATTENDING:", "In Attendance:", "Officials in
 * Attendance", "STAFF PRESENT:", "Apologies"), one person a line or several to a line, written "Name (Office)",
 * "Name, Office", "Name – Office", "Office: Name, Name", "Office (Name)" or the office on the line below the name.
 * A list is only taken to be one when what follows its label names people.
 */
final class AttendanceLists {

    enum Kind { PRESENT, GUESTS, IN_ATTENDANCE, OFFICERS, APOLOGIES, CHAIR, IGNORED }

    /**
     * The labels lists are headed with, longest first; a bilingual label keeps its other language before a slash
     * ("Tuhinga/Present:", "I Tae Mai/In Attendance:"). The mark after it is a colon, a semicolon, a table's bar or a
     * dash set apart ("Councillors – J Archibald, …").
     */
    private static final Pattern LABEL = Pattern.compile("^(?:[\\p{L}’' ]{2,30}/\\s*)?(?<label>other members present|"
            + "members present|councillors present|present members|present councillors|committee members present|"
            + "committee members|council members present|members attending|councillors attending|attendees|"
            + "council employees present|employees present|members of the public present|members of the public|"
            + "present(?:\\s*/\\s*bresennol)?|sederunt|those attending|those present|"
            + "attendance details|members|also present|also in attendance|other members in attendance|others present|"
            + "others|in attendance|officers present|officers in attendance|officials in attendance|officers|"
            + "staff present|staff|apolog(?:y|ies|i[sz]e)(?: for absence)?|councillors not present|members not present|absent|"
            + "members on leave of absence|leave of absence|public forum|administration|presiding|in the chair|"
            + "deputy chairperson|deputy chair(?:man)?|vice[- ]chair(?:man|person)?|chairperson|chairman|chair|"
            + "councillors|aldermen|representatives from other bodies in attendance|visitors(?=\\s*:))\\b"
            + "(?<mark>\\s*[:;|](?:\\s*\\|)?|\\s+[–—-](?=\\s)|\\s{2,})?\\s*(?<rest>.*)$", Pattern.CASE_INSENSITIVE);
    /** Labels that title the names under them: "Councillors – J Archibald" is Councillor J Archibald. */
    private static final Pattern TITLING = Pattern.compile("(?i)^(?:councillors|aldermen)$");
    /** Labels that are an office for the one named under them: "Deputy Chairperson: Jane Nees". */
    private static final Pattern OFFICE_LABEL_WORDS = Pattern.compile("(?i)^(?:deputy chair(?:man|person)?|"
            + "vice[- ]chair(?:man|person)?)$");
    /** Labels inside a list: "Mayor", "Deputy Mayor", "Councillors;", "Chair" — an office for the next name. */
    private static final Pattern SUB_LABEL = Pattern.compile("^(?<office>Mayor|Deputy Mayor|Councillors|Aldermen|Chair|"
            + "Reporting Officer|Meeting Secretary|(?:Full|Part(?: of the)?|For part of the) [Mm]eeting)\\s*[;:]?$");
    /** "…(Clerk). Also: County Councillor Mr A Wyn": the rest of a list's line names others who came. */
    private static final Pattern ALSO = Pattern.compile("(?<=[.;,)])\\s*\\bAlso\\s*:\\s*|\\s*\\bAlso (?<present>"
            + "[Pp]resent|in attendance)\\s*:\\s*");
    /** "…, Cllr. O Walsh, Officials: Mr. E Taaffe, …": the council's staff listed after its members, on their line. */
    private static final Pattern STAFF_WITHIN = Pattern.compile(",?\\s+(?:Officials|Officers|Staff)(?: present| in "
            + "attendance)?\\s*:\\s*");
    private static final Pattern PLACE_GROUP = Pattern.compile("^(?<place>\\p{Lu}[\\p{L}’'&,\\- ]{1,60}?)\\s*:\\s*"
            + "(?<people>(?:(?i:apologies from|no )|\\p{Lu}).*)$");
    private static final Pattern APOLOGIES_FROM = Pattern.compile("(?i)^apologies (?:received )?from\\s+(?<names>.+)$");
    private static final Pattern NO_ONE_SENT = Pattern.compile("(?i)^no (?:rep(?:resentative)?s?|one|working \\w+|"
            + "members?)\\b.*$");
    /** "… Staff Officer. Summons of Meeting: Notice dated …": a list run into the minute ends before its heading. */
    private static final Pattern ENDS_BEFORE_HEADING = Pattern.compile("(?<=\\p{Ll})\\.\\s+\\p{Lu}[\\p{L} ]{2,40}:\\s.*$");
    private static final Pattern CLAUSE = Pattern.compile("^(?:for|to|that|the|and|of|in|on|at|by|with|was|were|is|be|"
            + "has|had|which|who)\\s");
    private static final Pattern PRESENT_AT_END = Pattern.compile("(?i)\\bwhen there were present\\s*:\\s*$");
    private static final Pattern OFFICE_WORD = Pattern.compile("\\b(?:Manager|Officer|Director|Clerk|Executive|"
            + "Engineer|Administrator|Council|Board|Committee|Services|Service|Assistant|Head|Chief|Planner|Accountant|"
            + "Advisor|Adviser|Lawyer|Solicitor|Translator|Team|Office|Finance|Specialist|Commander|Analyst|Controller|"
            + "Secretary|Support|Governance|Principal|Leader|Chairman|Chairperson|Police|Ltd|Group|Corporate|"
            + "Democratic|Democracy|Policy|Legal|Planning|Member|RFO|Area|Acting|Deputy|Interim|observer|General|"
            + "public|media|Directors|Officers|Managers|Officials|Staff|Independent|Financial|Strategic|Projects|"
            + "Facilities|Resources|Communications|Engagement|Administration|Management|Media|Cultural|Personal|Risk|"
            + "Economist|Specialists|Advisors|Advisers|Environmental|Regulatory|Operations|Customer|Licensing|"
            + Offices.TE_REO_OFFICE_WORDS + ")\\b");
    /**
     * A group's label within a list ("PRESENT: Ratepayer Members: Mr Barker (Ch) Mr Cowling Appointed Members: …",
     * "IN ATTENDANCE: Officers: Mr McLachlan – Chief Executive"), or its count ("Members Present: 5"): no one.
     */
    private static final Pattern SUB_GROUP = Pattern.compile("(?:^|(?<=\\s))(?:\\p{Lu}[\\p{L}-]*\\s+)?(?:Members|Officers|"
            + "Others)(?:\\s+Present)?\\s*:(?:\\s*\\d+\\b)?\\s*");
    /** An office's letters after it ("Chief Executive (CEO)", "Asset Manager (AMgr)"): what the page calls it after. */
    private static final Pattern ABBREVIATED = Pattern.compile("(?<words>(?:\\p{Lu}[\\p{L}’'-]*\\s+){2,5})\\((?<letters>"
            + "\\p{Lu}[\\p{L}]{1,4})\\)");
    /** A body's name, never a person's: an acronym ("NHS England", "CCG") or a body's word ("Parish Council"). */
    private static final Pattern ORGANISATION = Pattern.compile("\\b(?:\\p{Lu}{2,}|Council|Board|Trust|Authority|Police|"
            + "Service|Services|Ltd|Group|Partnership|Association|Society|Agency|Commission|Company|University|"
            + "College|School|Hospital|Foundation|Forum|Network|Healthwatch)\\b");
    /** A body's word alone is no one's office: "Waitematā Local Board", a page's running head, names no one. */
    private static final Pattern BODY_ALONE = Pattern.compile("^(?:Board|Council|Committee|Panel|Authority|Forum|"
            + "Cabinet)$");
    /** Words of a page's furniture, never of a name: "Min No", "Part I", "Item", "Page". */
    private static final Pattern NOT_A_NAME = Pattern.compile("\\b(?:Part|Min|Item|Items|Minutes|Agenda|Page|"
            + "Resolution|Description|Report|Meeting|No|"
            // words of an item's title, never of a name: "Mayoral Minute", "Public Participation"
            + "Minute|Participation|Announcements?|Business|Questions|Petitions?|Correspondence|Apologies|"
            + "Declarations?|Interests?|Matters|Arising|Reports|Acknowledgement|Prayer|Opening|Closure|Welcome|"
            + "Introductions|Forum|Presentations?|Deputations?|Confirmation|Election|Appointment|Update)\\b"
            + "|[a-z][A-Z][a-z]+[A-Z]");
    private static final String TITLE_WORDS = "Cllrs?|Councillors?|County|Crs?|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Rev|"
            + "Mayor|Deputy|Lord|Metro|His Worship|PCSO|Alderman|Aldermen|The|Chair|Chairman|Chairperson|Vice";
    private static final String TITLE = "(?:" + Names.TIER_COUNCILLOR + "|Cllrs?\\.?|Councillors?|Crs?\\.?|Mr\\.?|Mrs\\.?|Ms\\.?"
            + "|Miss|Dr\\.?|Sir|Dame|Prof\\.?|Rev\\.?|Mayor|Deputy Mayor|His Worship (?:the|The) Mayor|PCSO|Alderman|"
            + "(?:The )?(?:Lord |Metro |Deputy )?Mayor|(?:Deputy |Vice[- ])?Chair(?:man|person|woman)?)";
    private static final Pattern PLURAL_TITLE = Pattern.compile("^(?<title>Councillors|Cllrs\\.?|Crs\\.?|Aldermen)"
            + "(?:\\s+[–—-]|\\s*:)?\\s+(?=\\S)");
    /** The titles only members hold: a list's plural title gives none to a name that has one of these. */
    private static final String MEMBER_TITLE = "(?:" + Names.TIER_COUNCILLOR + "|Cllrs?\\.?|Councillors?|Crs?\\.?|Alderman|"
            + "(?:The )?(?:Lord |Metro |Deputy )?Mayor|His Worship|(?:Deputy |Vice[- ])?Chair(?:man|person|woman)?)";
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}’'\\-]*\\.?|[“\"‘]\\p{Lu}\\p{L}+[”\"’]|(?:[A-Z]\\.){1,4}|[A-Z]{1,3}|van|de|der|"
            + "von|Te|O’|O')";
    /** A person's name as lists write it: "Cllr Mr A H Porter", "K. Barrow", "Mrs P Alder", "Paul Duffy". */
    private static final Pattern NAME = Pattern.compile("^(?:" + TITLE + "\\s+){0,3}(?:" + NAME_WORD + "\\s*){1,5}$");
    /** An office said alone, with no name: "The Mayor", "Chairman", "the Deputy Lord Mayor". */
    private static final Pattern BARE_OFFICE = Pattern.compile("(?i)^(?:the\\s+)?(?:(?:lord|deputy|metro|vice)[\\s-]+)*"
            + "(?:mayor|chair(?:man|person|woman)?|president|leader|cathaoirleach|leas-chathaoirleach|convenor|convener"
            + "|provost)$");
    /**
     * Entries that name nobody: "There were no absences", "One member of the public", a page's running head
     * ("Waitematā Local Board" over the page's date).
     */
    private static final Pattern NOBODY = Pattern.compile("(?i)^(?:there were no .*|none|nil|(?:\\d+|one|two|three|a) "
            + "members? of the (?:public|press)|(?:the )?(?:council|committee|board|cabinet|panel)"
            + "|(?-i:(?:\\p{Lu}[\\p{L}’'-]*\\s+){1,4}(?:Council|Committee|Board|Cabinet|Panel)))\\.?$");
    private static final Pattern BARE_NAME = Pattern.compile("^(?:(?:\\p{Lu}\\.\\s?|\\p{Lu}\\s){1,3}|\\p{Lu}\\p{Ll}+\\s+)"
            + "\\p{Lu}[\\p{L}’'-]+$");
    private static final Pattern CHAIR_BEFORE_NAME = Pattern.compile(
            "^Chair(?:man|person|woman)?\\s+(?:(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?[A-Z]");
    private static final Pattern CHAIR_NOTE = Pattern.compile("(?i)^(?:(?:in the |forum |board |panel |group )?"
            + "chair(?:man|woman|person)?|ch)$");
    private static final Pattern INITIALS_NOTE = Pattern.compile("^(?<name>.+?)\\s*\\((?<letters>[A-Z]{2,5})\\)(?<rest>.*)$");
    /** Offices minutes print in letters after a name: "(CEO)", "(GM)". */
    private static final Pattern OFFICE_LETTERS = Pattern.compile("^(?:CEO|CE|GM|CFO|COO|DCE|ACE|MO|HR|RFO|PA|EA)$");
    /** Parties minutes print after a name: "(FF)", "(SNP)", "(DUP)". */
    private static final Pattern PARTY = Pattern.compile("^(?:FF|FG|SF|LAB|CON|LD|LIB|SNP|DUP|UUP|SDLP|IND|GP|AP|PBP|TUV|"
            + "PC|UKIP|NZF|ACT|ALP|LNP|GRN)$");
    /**
     * A party's name on a line of its own ("Conservative", "Liberal Democrat Group", "Plaid Cymru:"): it heads the
     * members listed under it, as lists grouped by party print them, and is no one present.
     */
    private static final Pattern PARTY_HEADING = Pattern.compile("(?i)^(?:the\\s+)?(?:conservatives?|labour|liberal "
            + "democrats?|lib dems?|greens?|green party|independents?|plaid cymru|scottish national party|snp|reform"
            + "(?: uk)?|ukip|sinn f[eé]in|democratic unionists?|ulster unionists?|dup|uup|sdlp|alliance|fianna f[aá]il"
            + "|fine gael|social democrats?|residents(?:['’] association)?|non-aligned|unaligned|labour (?:and|&) "
            + "co-operative)(?:\\s+(?:party|group|members|councillors))?\\s*:?$");
    /** "Cllr Sarah Warren attended as substitute", "Nitin Patel substituting": who stood in for the one absent. */
    private static final Pattern STOOD_IN_BY = Pattern.compile("^(?<substitute>.+?)(?:,\\s+[^,]+?)?\\s+(?:attended as "
            // "(Mr D Walker, Medical Director attended in his absence)": the one who stood in, the office aside
            + "(?:a )?substitute|substituting|substituted|as (?:a )?substitute|attending as (?:a )?substitute|"
            + "(?:attended|attending) in (?:his|her|their) (?:absence|place|stead))$");
    /** A person as lists name one: with a title, or with initials ("Cllr Pritchard", "P McLean", "J.H. Prevett"). */
    private static final Pattern PERSON_NAMED = Pattern.compile("^(?:" + TITLE_WORDS + ")\\b|^(?:\\p{Lu}\\.?\\s*){1,3}"
            + "(?:\\s|\\.)\\s*\\p{Lu}|^\\p{Lu}\\.");
    private static final Pattern DASHED = Pattern.compile("^(?<name>.+?)\\s+[–—-]\\s+(?<office>.+)$");
    private static final Pattern BRACKETED = Pattern.compile("^(?<name>[^()]+?)\\s*\\((?<office>[^()]+)\\)\\s*"
            + "(?<more>\\([^()]*\\))?[.,;]?$");
    private static final Pattern SUBSTITUTE = Pattern.compile("(?i)^substitute for\\s+(?<for>.+)$");
    /** Where "County Manager: Jackie Maguire Directors of Service: Tadhg McDonnell, …" turns to the next office. */
    private static final Pattern OFFICE_LABEL = Pattern.compile("(?<=^|\\s)(?=(?:(?:County|Managers?|Directors?|of|Service|"
            + "Services|Meetings|Administrators?|Senior|Executive|Officers?|Planning|Staff|Administrative|Head|Finance|"
            + "Chief|Deputy|Assistant|Acting|General|Corporate|Democratic|Legal|Clerk|Secretary|Engineers?|Technical)"
            + "\\s+){0,4}(?:Managers?|Directors? of Service|Directors?|Administrators?|Officers?|Staff|Planner|"
            + "Secretary|Engineers?):\\s)");
    private static final Pattern OFFICE_BEFORE_NAME = Pattern.compile("^(?<office>(?:Vice |Deputy )?Chair(?:man)?)\\s+"
            + "(?<name>(?:Cllr|Councillor|Cr)\\b.*)$");
    private static final Pattern DASHED_IN_THE_CHAIR = Pattern.compile("(?i)^(?<member>.+?\\s[–—-]\\s.+?)\\s*\\((?:in "
            + "the )?chair(?:man|woman|person)?\\)$");
    /** A verb of what members did: a line with one is a sentence about them, not a list of them. */
    private static final Pattern SAYS_WHAT_THEY_DID = Pattern.compile("\\b(?:declared|were|was|had|has|have|left|"
            + "arrived|asked|noted|agreed|resolved|reported|raised|spoke|proposed|seconded|moved|voted|abstained|"
            + "requested|welcomed|thanked)\\b");
    private static final Pattern NAME_COMMA_OFFICE = Pattern.compile("^[^,]+,[^,]+$");
    private static final Pattern OFFICE_FIRST = Pattern.compile("^(?<office>[A-Z][A-Za-z ,&/-]+?)\\s*:\\s+(?<names>.+)$");

    private AttendanceLists() {
    }

    /** "Councillors – J Archibald, …" under "Members Present :": names titled within the list, not a list of its own. */
    static boolean titlesNames(String text) {
        Matcher m = LABEL.matcher(text.strip());
        return m.matches() && TITLING.matcher(m.group("label")).matches() && !m.group("rest").isBlank();
    }

    /** "Councillors:" alone on its line: the names below it are Councillors. */
    static boolean titlesBelow(String text) {
        Matcher m = LABEL.matcher(text.strip());
        return m.matches() && TITLING.matcher(m.group("label")).matches() && m.group("rest").isBlank();
    }

    /** The label a line opens a list with, or null. */
    static Kind labelOf(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches() || m.group("rest").contains("Minutes:")) {
            return null;
        }
        String rest = m.group("rest");
        if (m.group("mark") == null && SAYS_WHAT_THEY_DID.matcher(rest).find()) {
            // "Councillors Ames and Bolt declared personal interests in item 4": a sentence of the minutes, no list
            return null;
        }
        boolean titling = TITLING.matcher(m.group("label")).matches();
        // with no mark after it, a label is one only before a person named as lists name them (a title, initials,
        // a list of names): "Staff Survey Results" and "Members Allowances Scheme" are titles of items
        String first = firstPiece(initialledNames(rest));
        boolean person = looksLikeName(first) && (PERSON_NAMED.matcher(first).find() || rest.contains(","))
                || looksLikeName(firstPiece(rest).replaceAll("\\s*\\([^)]*\\)$", ""))
                && PERSON_NAMED.matcher(firstPiece(rest)).find();
        if (m.group("mark") == null && !rest.isEmpty() && !person
                && !(titling && looksLikeName(firstPiece("Councillor " + rest)))
                && !rest.matches("(?i)^chair\\b.*")) {
            return null;
        }
        return kind(m.group("label").toLowerCase(Locale.ROOT));
    }

    /**
     * What follows the label: the names, with a label that titles them kept before them ("Councillors J Archibald,
     * …") and one that is an office put after the one named ("Jane Nees (Deputy Chairperson)").
     */
    static String afterLabel(String text) {
        Matcher m = LABEL.matcher(text.strip());
        if (!m.matches()) {
            return text;
        }
        String label = m.group("label").strip();
        String rest = m.group("rest");
        if (rest.isBlank()) {
            return rest;
        }
        if (TITLING.matcher(label).matches()) {
            return label + " " + rest;
        }
        if (OFFICE_LABEL_WORDS.matcher(label).matches()
                && !rest.toLowerCase(Locale.ROOT).startsWith(label.toLowerCase(Locale.ROOT))) {
            return rest.replaceAll("[.;]$", "") + " (" + label + ")";
        }
        return rest;
    }

    static boolean endsWithPresentLabel(String text) {
        return PRESENT_AT_END.matcher(text).find();
    }

    private static Kind kind(String label) {
        if (label.matches("presiding|in the chair|chair|chairman|chairperson")) {
            return Kind.CHAIR;
        }
        if (label.startsWith("apolog")) {
            return Kind.APOLOGIES;
        }
        if (label.matches("absent|.*not present|.*leave of absence|administration")) {
            return Kind.IGNORED;
        }
        if (label.contains("officials") || label.startsWith("officers") || label.startsWith("staff")
                || label.contains("employees")) {
            return Kind.OFFICERS;
        }
        if ((label.contains("present") || label.equals("sederunt")) && !label.startsWith("also") && !label.startsWith("others")
                && !label.contains("public")
                || label.matches("those attending|attendance details|members|councillors|aldermen|deputy chair.*|"
                + "vice.chair.*|committee members|.* attending|attendees")) {
            return Kind.PRESENT;
        }
        if (label.equals("in attendance") || label.equals("others")) {
            return Kind.IN_ATTENDANCE;
        }
        return Kind.GUESTS;
    }

    /** "Mr P Corbett", "Mrs M Paterson", "Cllr A Iley": a name with its title, nothing else on the line. */
    static boolean isTitledName(String text) {
        String t = text.strip();
        return t.matches("^" + TITLE + "\\s.*") && looksLikeName(t);
    }

    /** Whether a line can be an entry of a list: names, not a sentence of the minutes. */
    static boolean isEntry(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return true;
        }
        if (SUB_LABEL.matcher(t).matches()) {
            return true;
        }
        String first = firstPiece(t);
        return looksLikeName(first) || looksLikeName(first.replaceAll("\\s*\\(.*$", ""))
                || DASHED.matcher(first).matches() && looksLikeName(DASHED.matcher(first).replaceFirst("${name}"))
                || OFFICE_FIRST.matcher(t).matches() && !sentences(t) || isOffice(t) && t.split("\\s+").length <= 8
                || t.matches("(?i)^(?:there were no \\w+|none|nil)\\.?$");
    }

    /** "Secretarial Note: The Chair declared the meeting open at 10.02am. The …": sentences, not "Office: Name". */
    private static boolean sentences(String text) {
        return text.split("\\s+").length > 15 && text.matches(".*\\p{Ll}[.;]\\s+\\p{Lu}.*");
    }

    /** The people of one list: each entry line, several names to a line where commas part them. */
    static void read(Kind kind, List<Line> entries, boolean staffListedApart, MeetingReading meeting) {
        String office = null;
        Person last = null;
        // "Chair: M Delahunty, Meetings Administrator (initially) / Cllr M.H. Cavanagh": who chaired is not one name
        String surnameTitle = null;
        boolean chairs = kind == Kind.CHAIR && entries.stream().filter(line -> !line.blank()).count() > 1;
        Person chairBefore = meeting.chairNamed;
        List<Group> groups = groups(entries);
        if (kind != Kind.PRESENT && kind != Kind.APOLOGIES && officesOverHolders(groups)) {
            // "Community Liaison Officer" over "Tina Harvey": each office over its holder, as a table's cells saved
            // one a line; an office left with no holder under it names no one
            for (int g = 0; g + 1 < groups.size() && officeAlone(groups.get(g).text())
                    && looksLikeName(groups.get(g + 1).text()); g += 2) {
                attend(kind, staffListedApart, groups.get(g + 1).line(), new Person(null,
                        groups.get(g + 1).text().strip(), groups.get(g).text().strip()), meeting);
            }
            return;
        }
        for (Group group : groups) {
            Matcher also = ALSO.matcher(group.text());
            if ((kind == Kind.PRESENT || kind == Kind.APOLOGIES) && also.find()) {
                // "…, Mr J Foulkes (Clerk). Also: County Councillor Mr A Wyn": who else came, or else sent apologies
                read(kind, List.of(new Line(group.line(), group.text().substring(0, also.start()))), staffListedApart,
                        meeting);
                // "Apologies: Matt Doran Also Present: Mr. S Walton, A/Director of Services": those who also came
                // attended, whichever list the line began
                Kind others = also.group("present") != null ? Kind.IN_ATTENDANCE
                        : kind == Kind.PRESENT ? Kind.GUESTS : kind;
                read(others, List.of(new Line(group.line(), ENDS_BEFORE_HEADING.matcher(group.text()
                        .substring(also.end())).replaceFirst(""))), staffListedApart, meeting);
                continue;
            }
            Matcher staff = STAFF_WITHIN.matcher(group.text());
            if (kind == Kind.PRESENT && staff.find() && staff.start() > 0) {
                // "Present: Cllr. A Bolger, Cllr. P Breen, Officials: Mr. E Taaffe, Director of Services, …"
                read(kind, List.of(new Line(group.line(), group.text().substring(0, staff.start()))),
                        staffListedApart, meeting);
                read(Kind.OFFICERS, List.of(new Line(group.line(), group.text().substring(staff.end()))), true,
                        meeting);
                continue;
            }
            Matcher place = PLACE_GROUP.matcher(group.text().strip());
            if (kind == Kind.PRESENT && place.matches() && standsForAPlace(place.group("place"))) {
                byPlace(group.line(), place.group("place"), place.group("people"), staffListedApart, meeting);
                continue;
            }
            if (group.text().matches("^(?:Reporting Officer|Meeting Secretary|Staff)$")
                    || PARTY_HEADING.matcher(group.text()).matches()
                    || AttendanceReading.standsIn(group.line(), group.text(), meeting)) {
                continue;
            }
            Matcher sub = SUB_LABEL.matcher(group.text());
            if (sub.matches()) {
                String said = sub.group("office");
                // "Councillors:" over the names below it titles only a surname printed alone ("Berman, Chopra"):
                // a name printed whole is kept as written; "Full Meeting" / "Part Meeting" say for how long those
                // below attended: neither is an office
                boolean titling = TITLING.matcher(said).matches();
                surnameTitle = titling ? (said.equals("Aldermen") ? "Alderman" : "Councillor") : surnameTitle;
                office = titling || said.matches("(?i).*meeting$") ? null : said;
                continue;
            }
            if (last != null && kind != Kind.PRESENT && kind != Kind.APOLOGIES && isOffice(group.text())
                    && !looksLikeName(group.text()) && last.role() == null) {
                // the office on the line below the name
                replaceLast(meeting, last, new Person(null, last.name(), Sentences.withoutStop(group.text().replaceAll("\\s*\\((?:from|until|to) [^)]*\\)", ""))));
                last = null;
                continue;
            }
            List<String> labelled = kind == Kind.PRESENT || kind == Kind.APOLOGIES ? List.of()
                    : byOffice(group.text());
            if (labelled.size() > 1) {
                for (String chunk : labelled) {
                    Matcher named = OFFICE_FIRST.matcher(chunk.strip());
                    for (String piece : named.matches() ? Names.pieces(named.group("names")) : List.<String>of()) {
                        if (looksLikeName(piece.replaceAll("[.,]$", ""))) {
                            attend(kind, staffListedApart, group.line(), new Person(null, piece.replaceAll("[.,]$",
                                    ""), named.group("office")), meeting);
                        }
                    }
                }
                continue;
            }
            Matcher officeFirst = OFFICE_FIRST.matcher(group.text());
            if (officeFirst.matches() && isOffice(officeFirst.group("office")) && kind != Kind.PRESENT
                    && Names.pieces(officeFirst.group("names")).stream().anyMatch(AttendanceLists::looksLikeName)) {
                for (String piece : Names.pieces(officeFirst.group("names"))) {
                    if (looksLikeName(piece)) {
                        attend(kind, staffListedApart, group.line(), new Person(null, piece.replaceAll("[.,]$", ""),
                                officeFirst.group("office")), meeting);
                    }
                }
                continue;
            }
            List<Person> people = new ArrayList<>();
            for (Person read : people(group.text(), kind)) {
                people.add(surnameTitle != null && read.name() != null && read.name().matches("^\\p{Lu}[\\p{L}’'-]+$")
                        ? new Person(null, surnameTitle + " " + read.name(), read.role()) : read);
            }
            for (Person person : people) {
                if (kind == Kind.PRESENT && person.name() != null && markedLate(group.text(), person.name())) {
                    meeting.arrivedLate.add(new Person(null, person.name(), null));
                }
                if (person.name() == null) {
                    last = attend(kind, staffListedApart, group.line(), person, meeting);
                    continue;
                }
                Person placed = office != null && person.role() == null
                        && !person.name().toLowerCase(Locale.ROOT).contains(office.toLowerCase(Locale.ROOT))
                        && !office.equals("Chair") ? new Person(null, person.name(), office) : person;
                if ("Chair".equals(office) && kind == Kind.PRESENT && meeting.chairNamed == null) {
                    meeting.chairNamed = new Person(null, person.name(), null);
                }
                last = attend(kind, staffListedApart, group.line(), placed, meeting);
            }
            office = null;
        }
        if (chairs) {
            meeting.chairNamed = chairBefore;
        }
    }

    /**
     * "Westerton: Alan Reid, Apologies from Joan Bell", "Millbank and Stow: No rep": a forum's members by the place
     * each stands for. The place is no one but whom each stands for; those named came, those after "Apologies
     * from" sent apologies.
     */
    private static void byPlace(int line, String place, String people, boolean staffListedApart,
                                MeetingReading meeting) {
        for (String part : people.split(",\\s*(?=(?i:apologies)\\b)")) {
            Matcher apologised = APOLOGIES_FROM.matcher(part.strip());
            if (apologised.matches()) {
                people(apologised.group("names"), Kind.APOLOGIES).forEach(person -> attend(Kind.APOLOGIES,
                        staffListedApart, line, standingFor(place, person), meeting));
            } else if (!NO_ONE_SENT.matcher(part.strip()).matches()) {
                people(part, Kind.PRESENT).forEach(person -> attend(Kind.PRESENT, staffListedApart, line,
                        standingFor(place, person), meeting));
            }
        }
    }

    /**
     * "Alan Reid" for Westerton is "Alan Reid (Westerton)"; an office of hers stands instead ("Mary Scott (MS) (Forum
     * Chair)"), and the letters the minutes go on to call her by are no part of her.
     */
    private static Person standingFor(String place, Person person) {
        return person.role() == null || person.role().matches("[A-Z]{2,4}")
                ? new Person(null, person.name(), place.strip()) : person;
    }

    /** A place or body a group of members stands for: no title, office, or label of a list. */
    private static boolean standsForAPlace(String words) {
        return !isOffice(words) && labelOf(words + ":") == null && !words.matches("(?i).*\\b(?:" + TITLE_WORDS
                + "|members?|officers?|staff|present|apolog\\w*|public|attendance|guests?|visitors?|also)\\b.*")
                && !OFFICE_WORD.matcher(words).find();
    }

    /** "County Manager: Jackie Maguire Directors of Service: Tadhg McDonnell, …", one office and its names a chunk. */
    private static List<String> byOffice(String text) {
        List<Integer> starts = new ArrayList<>();
        Matcher m = OFFICE_LABEL.matcher(text);
        int from = 0;
        while (from < text.length() && m.find(from)) {
            starts.add(m.start());
            int colon = text.indexOf(':', m.start());
            from = colon < 0 ? text.length() : colon + 1;
        }
        List<String> chunks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            chunks.add(text.substring(starts.get(i), i + 1 < starts.size() ? starts.get(i + 1) : text.length()));
        }
        return chunks;
    }

    /**
     * Officers and others, parted at commas and semicolons, and at "and" only where a name follows: "Mr W Grosvenor
     * Clerk and Executive Officer to …" is one officer, "… (Responsible Finance Officer) and John Ridgway (…)" two.
     */
    private static List<String> officePieces(String text) {
        List<String> pieces = new ArrayList<>();
        for (String piece : Names.pieces(text.replaceAll("\\s+and\\s+", " AND_ "))) {
            String[] parts = piece.replaceFirst("^AND_\\s+", "").split(" AND_ ");
            StringBuilder current = new StringBuilder(parts[0]);
            for (int i = 1; i < parts.length; i++) {
                String[] words = parts[i].strip().split("\\s+");
                String start = String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(3, words.length)))
                        .replaceAll("\\s*\\(.*$", "");
                if (looksLikeName(start) || looksLikeName(words[0] + (words.length > 1 ? " " + words[1] : ""))) {
                    pieces.add(current.toString());
                    current = new StringBuilder(parts[i]);
                } else {
                    current.append(" and ").append(parts[i]);
                }
            }
            pieces.add(current.toString());
        }
        return pieces;
    }

    /** One entry, joined over the lines a bracket or a trailing comma runs on to. */
    private record Group(int line, String text) {
    }

    /** A list that opens with an office alone on its line, its holder's name alone on the next. */
    private static boolean officesOverHolders(List<Group> groups) {
        return groups.size() >= 2 && !SUB_LABEL.matcher(groups.get(0).text().strip()).matches()
                && officeAlone(groups.get(0).text()) && looksLikeName(groups.get(1).text())
                && (groups.size() < 3 || !officeAlone(groups.get(2).text()) || groups.size() < 4
                || looksLikeName(groups.get(3).text()));
    }

    private static boolean officeAlone(String text) {
        return isOffice(text) && !looksLikeName(text) && !text.contains(",") && !text.contains("(")
                && text.strip().split("\\s+").length <= 8;
    }

    private static List<Group> groups(List<Line> entries) {
        List<Line> lines = entries.stream().filter(line -> !line.blank()).toList();
        // "Jane Cole, Head of Planning" a line (or "General Manager, Mr Peter Grey"): one person a line
        boolean nameAndOfficeALine = lines.size() > 1 && lines.stream().allMatch(line -> NAME_COMMA_OFFICE.matcher(
                line.text().strip()).matches() && (isOffice(line.text().substring(line.text().indexOf(',') + 1))
                || isOffice(line.text().substring(0, line.text().indexOf(','))))
                || !line.text().contains(","))
                && lines.stream().anyMatch(line -> line.text().contains(","));
        // "Westerton: Alan Reid, Apologies from Joan Bell" a line: members by place, a group each
        boolean byPlace = lines.stream().filter(line -> {
            Matcher place = PLACE_GROUP.matcher(line.text().strip());
            return place.matches() && standsForAPlace(place.group("place"));
        }).count() > 1;
        if (!lines.isEmpty() && !nameAndOfficeALine && !byPlace && Names.pieces(lines.get(0).text()).size() > 1
                && lines.get(0).text().contains(",")) {
            // a list of names parted by commas, wrapped over lines: one entry; a line indented under the one
            // before continues its last name ("Cr Stuart / Barwood"), any other line starts a new name
            StringBuilder text = new StringBuilder(lines.get(0).text().strip());
            for (Line line : lines.subList(1, lines.size())) {
                String t = line.text().strip();
                boolean continues = line.text().startsWith("    ") || text.toString().endsWith(",")
                        || !balanced(text) || t.startsWith("(") || Character.isLowerCase(t.charAt(0));
                text.append(continues ? " " : ", ").append(t);
            }
            return List.of(new Group(lines.get(0).number(), Paragraph.tidy(text.toString())));
        }
        List<Group> groups = new ArrayList<>();
        StringBuilder text = null;
        int line = 0;
        for (Line entry : entries) {
            String t = entry.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            if (text == null) {
                text = new StringBuilder(t);
                line = entry.number();
            } else {
                text.append(' ').append(t);
            }
            if (balanced(text) && !t.endsWith(",") && !t.endsWith(" and")) {
                groups.add(new Group(line, Paragraph.tidy(text.toString())));
                text = null;
            }
        }
        if (text != null) {
            groups.add(new Group(line, Paragraph.tidy(text.toString())));
        }
        return groups;
    }

    private static boolean balanced(CharSequence text) {
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            depth += text.charAt(i) == '(' ? 1 : text.charAt(i) == ')' ? -1 : 0;
        }
        return depth <= 0;
    }

    /** The people an entry names, each "name (office)" as the page words them. */
    static List<Person> people(String text, Kind kind) {
        List<Person> people = new ArrayList<>();
        String prefix = null;
        String officeBefore = null;
        // names a list runs together: "Cllr J Pritchard Cllr D Sandham", "K. Barrow (Leader) C. Motley"
        String list = text.replaceAll("[.;]$", "").replaceAll("(?i),?\\s+and\\s+(?:\\d+|one|two|three)\\s+members?\\s+of\\s+"
                        + "the\\s+public\\b", "").replaceAll("(?<=[a-z])(?<!Chair|Chairman|Vice|Deputy|" + Names.TIERS + "|Mayor|\\band)\\s+(?=(?:Cllr|Councillor|Cr)\\.?\\s)", ", ")
                .replaceAll("\\)\\s+(?=[A-Z])", "), ")
                // "Mr Tom Pugh & Mr J Price": an ampersand before a title joins two people, as a comma does
                .replaceAll("\\s+&\\s+(?=" + TITLE + "\\s)", ", ")
                .replaceAll("(?<=[\\p{L})])(?<!\\b(?:Cllrs?|Councill?ors?|Crs?|Alderman|Aldermen|Mayor|Chair|Chairman|Vice|Deputy|" + Names.TIERS + "|Mr"
                        + "|Mrs|Ms|Dr|Miss|Sir|Dame|Lord|Lady|Rev|Prof|Worship|the|The|and))\\s+(?=(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+"
                        + "\\p{Lu})", ", ");
        // "Mrs O’Driscoll – Board Secretary (Minutes)": who took the minutes, a note, not part of the office
        list = initialledNames(withoutAbbreviations(SUB_GROUP.matcher(list.replaceAll("\\s*\\((?i:minutes|minute[- ]?"
                + "taker|taking (?:the )?minutes)\\)", "")).replaceAll(", ")
                .replaceAll("^[,\\s]+|[,\\s]+$", "")));
        Matcher nameComma = NAME_COMMA_OFFICE.matcher(list.strip());
        if (kind == Kind.PRESENT && nameComma.matches() && isOffice(list.substring(0, list.indexOf(',')))
                && isTitledName(list.substring(list.indexOf(',') + 1))) {
            // "Mayor, Councillor Mary Smith" a line: the member, and the office the page sets before her name
            people.add(new Person(null, list.substring(list.indexOf(',') + 1).strip(),
                    list.substring(0, list.indexOf(',')).strip()));
            return people;
        }
        if (kind != Kind.PRESENT && kind != Kind.APOLOGIES && nameComma.matches()) {
            String name = list.substring(0, list.indexOf(',')).strip();
            String office = list.substring(list.indexOf(',') + 1).strip();
            if (looksLikeName(name) && !isOffice(name) && isOffice(office)) {
                people.add(new Person(null, name, office));
                return people;
            }
            if (looksLikeName(office) && namesSomeone(office) && !isOffice(office) && isOffice(name)) {
                // "General Manager, Mr Peter Grey": the office, then who holds it
                people.add(new Person(null, office, name));
                return people;
            }
        }
        List<String> chain = kind == Kind.PRESENT || kind == Kind.APOLOGIES ? List.of() : officeNameChain(list);
        if (!chain.isEmpty()) {
            chain.forEach(entry -> people.add(person(entry, kind)));
            return people;
        }
        List<String> pieces = withoutCommas(kind == Kind.PRESENT || kind == Kind.APOLOGIES
                ? twoNamesRunTogether(Names.pieces(list)) : officePieces(list));
        if ((kind == Kind.OFFICERS || kind == Kind.IN_ATTENDANCE) && namesNobody(pieces)) {
            // "STAFF: General Manager, Director Sustainable Infrastructure … and Executive Assistant": offices only
            // one office a line is one office, "and" within it: "Strategic Projects and Facilities Manager"
            for (String piece : list.matches(".*[,;].*") ? Names.pieces(list) : List.of(list)) {
                if (!NOBODY.matcher(piece.strip()).matches()) {
                    people.add(new Person(null, null, piece.replaceAll("\\s*\\((?:[Vv]ia|x\\d)[^)]*\\)", "")));
                }
            }
            return people;
        }
        boolean titled = kind != Kind.PRESENT && kind != Kind.APOLOGIES && titledNames(pieces);
        for (String raw : pieces) {
            String piece = raw.strip().replaceAll("[.,]$", "").replaceFirst("^and\\s+", "");
            if (titled && !people.isEmpty() && people.get(people.size() - 1).name() != null
                    && !piece.matches("^(?:" + TITLE + ")\\s.*")
                    && !(piece.contains("(") && looksLikeName(piece.replaceAll("\\s*\\(.*$", "")))) {
                // "Mr Colm McQuillan, Director of Housing Services, NIHE": what follows a titled name is its office
                // (not a name with an office of its own in brackets: "…, Sarah Lee (Licensing Manager)")
                Person before = people.remove(people.size() - 1);
                people.add(new Person(null, before.name(), before.role() == null ? piece
                        : before.role() + ", " + piece));
                continue;
            }
            if (!titled && allTitledBut(pieces, raw) && !people.isEmpty() && people.get(people.size() - 1).role() == null
                    && !raw.strip().startsWith("and ") && !piece.matches("^(?:" + TITLE + ")\\s.*")
                    && ORGANISATION.matcher(piece).find()) {
                // "Mr I Johnson and Ms B Reilly, NHS England": among titled members, an untitled body after a comma
                // is the affiliation of the one before, no one else
                Person before = people.remove(people.size() - 1);
                people.add(new Person(null, before.name(), piece));
                continue;
            }
            Matcher office = OFFICE_BEFORE_NAME.matcher(piece);
            if (office.matches()) {
                // "Chair Cllr J Pritchard", "Vice Chair Cllr M Lees": the office the list gives before the name
                piece = office.group("name") + " (" + office.group("office") + ")";
            }
            if (piece.matches("(?i)^(?:there were no .*|none|nil|\\d+ members? of the public|one member of the "
                    + "public)$")) {
                continue;
            }
            if (piece.matches("^(?:Councillors|Cllrs\\.?|Crs\\.?|Aldermen)$")) {
                // "Councillors, Mr Huw Rees (Chair), Mrs Ann Lloyd": the title of those after it, set off by a comma
                prefix = piece.startsWith("Councillors") ? "Councillor" : piece.startsWith("Crs") ? "Cr"
                        : piece.startsWith("Aldermen") ? "Alderman" : "Cllr";
                continue;
            }
            Matcher plural = PLURAL_TITLE.matcher(piece);
            if (plural.lookingAt()) {
                // "Councillors J Archibald", "Aldermen – F Agnew", "Crs Smith": the title each name after it has
                String title = plural.group("title");
                prefix = title.startsWith("Councillors") ? "Councillor" : title.startsWith("Crs") ? "Cr"
                        : title.startsWith("Aldermen") ? "Alderman" : "Cllr";
                piece = piece.substring(plural.end());
            }
            if (!people.isEmpty() && piece.matches("^(?:MBE|OBE|CBE|JP|QSM|ONZM|MNZM|KC|QC)\\b.*")) {
                Person before = people.remove(people.size() - 1);
                Matcher bracket = Pattern.compile("\\(([^)]*)\\)$").matcher(piece);
                people.add(new Person(null, before.name() + ", " + piece.replaceAll("\\s*\\(.*$", ""),
                        bracket.find() ? bracket.group(1) : before.role()));
                continue;
            }
            if (!people.isEmpty() && kind != Kind.PRESENT && kind != Kind.APOLOGIES && isOffice(piece)
                    && !looksLikeName(piece) && !looksLikeName(piece.replaceAll("\\s*\\(.*$", ""))
                    && people.get(people.size() - 1).role() == null) {
                // "Mr W Grosvenor, Clerk": the office of the name before it (not "Sarah Lee (Licensing Manager)")
                Person before = people.remove(people.size() - 1);
                people.add(new Person(null, before.name(), piece));
                continue;
            }
            if (kind == Kind.PRESENT && !people.isEmpty() && people.get(people.size() - 1).role() == null
                    && people.get(people.size() - 1).name() != null && !piece.matches("(?i)^the\\b.*")
                    && BARE_OFFICE.matcher(piece).matches()) {
                // "Cllr. Joe Sullivan, Leas-Chathaoirleach, Cllr. Oliver Walsh": the office of the member before it
                Person before = people.remove(people.size() - 1);
                people.add(new Person(null, before.name(), piece));
                continue;
            }
            if (officeBefore != null && !looksLikeName(piece.replaceAll("\\s*\\(.*$", ""))) {
                officeBefore = null;
            }
            Person person = person(piece, kind);
            if (person == null) {
                if (!people.isEmpty() && kind != Kind.PRESENT && kind != Kind.APOLOGIES && isOffice(piece)
                        && people.get(people.size() - 1).role() == null) {
                    Person before = people.remove(people.size() - 1);
                    people.add(new Person(null, before.name(), piece));
                } else if (Offices.isOffice(piece) && piece.contains(" ") || piece.matches("^(?:The|the) [A-Z].*")) {
                    // "The Mayor, Cllr. D. Hobson": an office the name after it holds; "STAFF: General Manager,
                    // Director …": else an officer the page names only by office
                    boolean andAnother = list.matches("(?s).*" + Pattern.quote(piece) + "\\s+and\\b.*");
                    // "the Mayor and Councillors Amil, King": the Mayor is one of them, not an office of the next
                    officeBefore = andAnother ? null : piece;
                    if (kind == Kind.OFFICERS || kind == Kind.IN_ATTENDANCE || andAnother) {
                        people.add(new Person(null, null, piece));
                    }
                }
                continue;
            }
            if (officeBefore != null && person.role() == null) {
                if (!people.isEmpty() && people.get(people.size() - 1).name() == null
                        && people.get(people.size() - 1).role().equals(officeBefore)) {
                    people.remove(people.size() - 1);
                }
                person = new Person(null, person.name(), officeBefore);
            }
            officeBefore = null;
            if (prefix != null && !person.name().matches("^" + MEMBER_TITLE + "\\b.*") && !servesTheCouncil(person)) {
                person = new Person(null, prefix + " " + person.name(), person.role());
            }
            people.add(person);
        }
        return people;
    }

    /**
     * "Sean Farrell Frank Kilbride" in a list of given names and surnames: a comma the page dropped. Split only where
     * that is safe: four whole capitalised words (no initials, no "Mac", "O", "van") in a list of at least three
     * other names of two or three words each, so that every other piece shows what one name of the list looks like;
     * never an office printed before the name ("Deputy Mayor James Leslie").
     */
    private static List<String> twoNamesRunTogether(List<String> pieces) {
        long plainNames = pieces.stream().filter(piece -> TWO_OR_THREE_WORDS.matcher(piece.strip()).matches()).count();
        List<String> split = new ArrayList<>();
        for (String piece : pieces) {
            Matcher two = TWO_PAIRS.matcher(piece.strip());
            if (two.matches() && plainNames >= 3 && plainNames == pieces.size() - 1 && !isOffice(two.group("first"))
                    && !BARE_OFFICE.matcher(two.group("first")).matches()) {
                split.add(two.group("first"));
                split.add(two.group("second"));
            } else {
                split.add(piece);
            }
        }
        return split;
    }

    /**
     * "Eric Baird William McKenna Stuart Black Mrs Lucy Grant": names a page printed in columns, run together without
     * commas once saved. Parted only where nothing else can be meant: whole capitalised words, no initials, no office,
     * four words at least, untitled at first, each run of untitled words given names and surnames in pairs, a title
     * later opening one name of its own of two words.
     */
    private static List<String> withoutCommas(List<String> pieces) {
        List<String> parted = new ArrayList<>();
        for (String piece : pieces) {
            List<String> names = namesRunOn(piece.strip());
            parted.addAll(names.isEmpty() ? List.of(piece) : names);
        }
        return parted;
    }

    private static List<String> namesRunOn(String piece) {
        String[] words = piece.split("\\s+");
        // a piece opening with a title is one member as printed ("Cr Toi Kai Rākau Iti"): names may be long
        if (words.length < 4 || isOffice(piece) || OFFICE_WORD.matcher(piece).find()
                || RUN_ON_TITLE.matcher(words[0]).matches()) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        List<String> run = new ArrayList<>();
        String title = null;
        for (int w = 0; w <= words.length; w++) {
            boolean end = w == words.length;
            if (!end && !RUN_ON_TITLE.matcher(words[w]).matches() && (!RUN_ON_WORD.matcher(words[w]).matches()
                    || words[w].matches("^(?:" + TITLE_WORDS + "|Councilors?|" + Names.TIERS + ")$"))) {
                // "County Councilor Mr Ifor Bowen": a title of more words than one is no given name
                return List.of();
            }
            if (end || RUN_ON_TITLE.matcher(words[w]).matches()) {
                // a title within the run takes a given name and a surname, and only where nothing else follows
                int taken = title == null ? 0 : 2;
                if (title != null && run.size() != 2 || run.size() % 2 != 0) {
                    return List.of();
                }
                if (title != null) {
                    names.add(title + " " + String.join(" ", run.subList(0, taken)));
                }
                for (int n = taken; n < run.size(); n += 2) {
                    names.add(run.get(n) + " " + run.get(n + 1));
                }
                run.clear();
                title = end ? null : words[w];
            } else {
                run.add(words[w]);
            }
        }
        return names.size() >= 2 ? names : List.of();
    }

    private static final Pattern RUN_ON_TITLE = Pattern.compile("^(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Councillor|Cr)\\.?$");
    private static final Pattern RUN_ON_WORD = Pattern.compile("^(?:Mac|Mc|O['’])?\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}\\p{Ll}+)?$");

    private static final String WHOLE_WORD = "(?!(?:Mac|Mc|Mhic|Ni|Nic|Van|Von|De|Du|Di|La|Le|St|O)\\b)\\p{Lu}\\p{Ll}+";
    private static final Pattern TWO_PAIRS = Pattern.compile("^(?:(?:Councillors?|Cllrs?\\.?)\\s+)?(?<first>" + WHOLE_WORD
            + "\\s+" + WHOLE_WORD + ")\\s+(?<second>" + WHOLE_WORD + "\\s+" + WHOLE_WORD + ")$");
    private static final Pattern TWO_OR_THREE_WORDS = Pattern.compile("^(?:(?:Councillors?|Cllrs?\\.?|[–—-])\\s+)*"
            + "[\\p{Lu}][\\p{L}’'.\\-]*(?:\\s+[\\p{Lu}][\\p{L}’'.\\-]*){1,2}$");

    /**
     * A bracket that says something of the attendance, not an office: "(left meeting 1.05 – 1.09pm)", "(via Zoom)",
     * "(Via audio-visual link)", "(x2)".
     */
    /** "Nash and Price (arrived at 7.10pm)", "Cllr B Reid (late)": the member named before the bracket came late. */
    private static boolean markedLate(String list, String name) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return Pattern.compile("\\b" + Pattern.quote(surname) + "\\s*\\((?i:arrived|joined|late)\\b[^)]*\\)")
                .matcher(list).find();
    }

    private static boolean isNote(String bracket) {
        // "(arrived at 7.10pm)" is a note, "(clerk)" an office however it is written
        return Character.isLowerCase(bracket.charAt(0)) && !Offices.isOfficer(bracket)
                || bracket.matches("(?i)^via\\b.*|.*\\d.*")
                || ATTENDED_HOW.matcher(bracket.strip()).matches();
    }

    /** How or for how long someone attended: "(Remote)", "(Video Conference)", "(MS Teams)", "(Part Meeting)". */
    private static final Pattern ATTENDED_HOW = Pattern.compile("(?i)^(?:attended\\s+)?(?:by\\s+)?(?:remote(?:ly)?|"
            + "online|virtual(?:ly)?|video(?:[\\s-]?conference|[\\s-]?link)?|vc|(?:ms\\s+)?teams|zoom|webex|skype|"
            + "tele(?:phone|conference)|phone|in person|part(?:\\s+(?:of\\s+)?(?:the\\s+)?meeting)?|late|"
            + "left early|absent|apologies)(?:\\s+(?:attendance|participation|link))?$");

    /** "J.H. ", "P J ", "JP ": a name's initials, each parted from the next, or two or three run together. */
    private static final String INITIALS = "(?:(?:[A-Z]\\.\\s*){1,4}|(?:[A-Z]\\s+){1,4}|[A-Z]{2,3}\\s+)";
    private static final Pattern INITIALLED = Pattern.compile("^(?:(?:" + MEMBER_TITLE + "|Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?"
            + INITIALS + "\\p{Lu}[\\p{L}’'-]+(?:\\s+(?:MBE|OBE|CBE|BEM|JP))?$");
    private static final Pattern BEFORE_INITIALS = Pattern.compile("(?<=\\p{Ll}{2}|\\b(?:MBE|OBE|CBE|BEM|JP))"
            + "(?<!\\b(?:Cllr|Councillor|Alderman|Mayor|Chairman|Deputy|" + Names.TIERS + "|Mrs|Miss|Lord|Lady|Worship))\\s+(?=(?:(?:Mr"
            + "|Mrs|Ms|Miss|Dr)\\.?\\s+)?(?:[A-Z]\\.?\\s+){1,4}\\p{Lu}\\p{Ll})");

    /**
     * Names a list prints with nothing between them ("P J Bateson J Campbell T J Catherwood", "J Gilmour M Goodman"),
     * parted before each run of initials, where every part is then an initialled name.
     */
    private static String initialledNames(String list) {
        List<String> out = new ArrayList<>();
        for (String piece : list.split("(?<=,)")) {
            String[] parts = BEFORE_INITIALS.split(piece.strip().replaceAll(",$", ""));
            boolean all = parts.length > 1 && java.util.Arrays.stream(parts).allMatch(part -> INITIALLED.matcher(
                    part.strip()).matches());
            out.add(all ? String.join(", ", parts) + (piece.strip().endsWith(",") ? "," : "") : piece);
        }
        return String.join(" ", out).replaceAll("\\s+", " ").strip();
    }

    /**
     * "Chief Executive - J Dixon Director of Operations – G Girvan …": offices and names in turn, parted by dashes,
     * each name followed by the next office. Each entry comes back as "Name – Office"; none when the text is not so.
     */
    private static List<String> officeNameChain(String text) {
        String[] segments = text.split("\\s+[–—-]\\s+");
        if (segments.length < 3 || text.contains(",")) {
            return List.of();
        }
        List<String> entries = new ArrayList<>();
        String office = segments[0].strip();
        for (int i = 1; i < segments.length; i++) {
            Matcher named = NAME_THEN_REST.matcher(segments[i].strip());
            boolean last = i == segments.length - 1;
            if (!isOffice(office) || (last ? !INITIALLED.matcher(segments[i].strip()).matches()
                    && !looksLikeName(segments[i]) : !named.matches())) {
                return List.of();
            }
            entries.add((last ? segments[i].strip() : named.group("name")) + " – " + office);
            office = last ? null : named.group("rest");
        }
        return entries;
    }

    private static final Pattern NAME_THEN_REST = Pattern.compile("^(?<name>(?:(?:Mr|Mrs|Ms|Miss|Dr)\\.?\\s+)?"
            + "(?:(?:[A-Z]\\.?\\s+){1,4}|\\p{Lu}\\p{Ll}+\\s+)\\p{Lu}[\\p{L}’'-]+)\\s+(?<rest>\\p{Lu}.*)$");

    /** A list whose every name has its title ("Mr", "Ms", "Cllr"), so that a piece without one is an office. */
    /** Every piece of a list but this one a titled name, at least two: "Mr I Johnson, Ms B Reilly, NHS England". */
    private static boolean allTitledBut(List<String> pieces, String piece) {
        return pieces.size() >= 3 && pieces.stream().filter(other -> other != piece)
                .allMatch(other -> other.strip().matches("^(?:and\\s+)?(?:" + TITLE + ")\\s.*"));
    }

    private static boolean titledNames(List<String> pieces) {
        long titled = pieces.stream().filter(piece -> piece.strip().matches("^(?:and\\s+)?(?:" + TITLE + ")\\s.*"))
                .count();
        return titled >= 2 && pieces.stream().noneMatch(piece -> !piece.strip().matches("^(?:and\\s+)?(?:" + TITLE
                + ")\\s.*") && INITIALLED.matcher(piece.strip()).matches());
    }

    /**
     * A list of officers by office alone: no piece with a title, an initial or a mark that parts a name from an
     * office ("Name – Office", "Name (Office)"), and one at least that is nothing but an office.
     */
    private static boolean namesNobody(List<String> pieces) {
        boolean anOfficeAlone = false;
        for (String piece : pieces) {
            String p = piece.strip().replaceFirst("^and\\s+", "");
            if (p.matches(".*(?:^|\\s)(?:" + TITLE + "|[A-Z]\\.?)(?:\\s.*|$)") || p.matches(".*\\s[–—-]\\s.*|.*\\([A-Z][a-z].*\\)|.*\\((?:[A-Z]\\.?\\s?){1,3}\\p{Lu}[\\p{L}’'-]+\\)")
                    && !p.matches(".*\\((?:[Vv]ia|x\\d)[^)]*\\)$")) {
                return false;
            }
            anOfficeAlone = anOfficeAlone || isOffice(p) && nameThenOffice(p) == null;
        }
        return anOfficeAlone;
    }

    private static Person person(String written, Kind kind) {
        // "Mrs. E. Ballard (EB)": the initials the page goes on to call her by are no office
        String piece = withoutNote(withoutInitialsNote(written));
        Matcher chairNoted = DASHED_IN_THE_CHAIR.matcher(piece);
        if (chairNoted.matches()) {
            // "Councillor A. Lamb - Leader (in the Chair)": the member and office; the bracket only marks the chair
            piece = chairNoted.group("member");
        }
        Matcher bracketed = BRACKETED.matcher(piece);
        if (bracketed.matches()) {
            String name = bracketed.group("name").strip();
            String office = bracketed.group("office").strip();
            if (bracketed.group("more") != null) {
                name = name + " (" + office + ")";
                office = bracketed.group("more").replaceAll("[()]", "").strip();
            }
            // "Head of Finance (R Taylor)": the office, and who holds it in brackets
            if (looksLikeName(office) && isOffice(name) && !isOffice(office)
                    && (!looksLikeName(name) || office.matches("^(?:" + TITLE + "\\s+)?(?:[A-Z]\\.\\s?|[A-Z]\\s){1,3}"
                    + "\\p{Lu}[\\p{L}’'-]+$") || office.matches("^" + TITLE + "\\s.*"))) {
                return new Person(null, office, name);
            }
            if (looksLikeName(name)) {
                boolean reason = isNote(office);
                return new Person(null, name, CHAIR_NOTE.matcher(office).matches() ? "Chair" : reason ? null : office);
            }
            return null;
        }
        Matcher dashed = DASHED.matcher(piece);
        if (dashed.matches() && isOffice(dashed.group("name")) && !isOffice(dashed.group("office"))
                && looksLikeName(dashed.group("office")) && namesSomeone(dashed.group("office"))) {
            // "Chief Executive Officer – Fred Gale": the office, then who holds it
            return new Person(null, dashed.group("office").strip(), dashed.group("name").strip());
        }
        if (dashed.matches() && looksLikeName(dashed.group("name")) && namesSomeone(dashed.group("name"))) {
            return new Person(null, dashed.group("name").strip(), dashed.group("office").strip());
        }
        if (looksLikeName(piece)) {
            return new Person(null, piece.strip(), null);
        }
        return kind == Kind.PRESENT || kind == Kind.APOLOGIES ? null : nameThenOffice(piece);
    }

    /** "Mr W Grosvenor Clerk and Executive Officer to …", "Chief Executive Steve Ruru": a name beside an office. */
    private static Person nameThenOffice(String piece) {
        String[] words = piece.strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String office = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (looksLikeName(name) && namesSomeone(name) && OFFICE_WORD.matcher(words[i]).find()
                    && isOffice(office) && !BODY_ALONE.matcher(office).matches()) {
                return new Person(null, name, office);
            }
        }
        for (int i = words.length - 2; i >= 1; i--) {
            String office = String.join(" ", java.util.Arrays.copyOfRange(words, 0, i));
            String name = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
            if (words.length - i <= 3 && looksLikeName(name) && isOffice(office)
                    && !OFFICE_WORD.matcher(name).find()) {
                return new Person(null, name, office);
            }
        }
        return null;
    }

    private static Person attend(Kind kind, boolean staffListedApart, int line, Person read,
                                 MeetingReading meeting) {
        Person person = plausible(read);
        if (person == null) {
            return null;
        }
        if (kind == Kind.APOLOGIES) {
            return apology(line, person, meeting);
        }
        // "Cr F Wilson (Chairman)", "Cr F Wilson – Chairman": the member in the chair
        if (person.role() != null && CHAIR_NOTE.matcher(person.role().strip()).matches() && kind == Kind.PRESENT) {
            Person member = new Person(null, person.name(), null);
            if (meeting.chairNamed == null) {
                meeting.chairNamed = member;
            }
            meeting.attend(new Attendee.Present(line, member));
            return member;
        }
        String role = person.role() == null ? "" : person.role();
        Matcher substitute = SUBSTITUTE.matcher(role);
        if (substitute.matches()) {
            meeting.attend(new Attendee.Substitute(line, new Person(null, person.name(), null),
                    new Person(null, substitute.group("for").strip(), null)));
            return person;
        }
        boolean guestByCapacity = role.matches("(?i).*\\b(?:ward|observer|public|media)\\b.*")
                || person.name() != null && person.name().matches("^(?:(?:County|District|Borough) (?:Councill?or|Cllr)|PCSO)\\b.*");
        Attendee attendee = switch (kind) {
            case PRESENT -> guestByCapacity ? new Attendee.Guest(line, person, person.role())
                    : servesTheCouncil(person) ? new Attendee.Officer(line, person)
                    : headsTheListAsChair(person, meeting) ? chairs(line, person, meeting)
                    : new Attendee.Present(line, person);
            case APOLOGIES -> null;
            case OFFICERS -> new Attendee.Officer(line, person);
            case GUESTS -> new Attendee.Guest(line, person, person.role());
            // who chaired, and the officer who opened the meeting before them: the members present, the officer by office
            case CHAIR -> person.role() == null || isMember(person) ? chairs(line, person, meeting)
                    : new Attendee.Officer(line,
                    new Person(null, person.name(), person.role().replaceAll("\\s*\\((?:initially|until [^)]*)\\)", "")));
            case IN_ATTENDANCE -> guestByCapacity || staffListedApart || person.role() == null
                    && person.name() != null && person.name().matches("^(?:Cllr|Councillor|Cr)\\b.*")
                    ? new Attendee.Guest(line, person, person.role()) : new Attendee.Officer(line, person);
            case IGNORED -> null;
        };
        if (attendee != null) {
            meeting.attend(attendee);
        }
        return person;
    }

    /** A member by their title or their office: "Councillor J Montgomery", "(Mayor)", "Chairman Doug Leeder". */
    private static boolean isMember(Person person) {
        return person.name() != null && person.name().matches("^(?:Cllrs?|Councillors?|Crs?|Alderman|(?:The )?(?:Lord "
                + "|Metro |Deputy )?Mayor|(?:Deputy |Vice[- ])?Chair(?:man|person|woman)?)\\b.*")
                || person.role() != null && BARE_OFFICE.matcher(person.role()).matches();
    }

    /**
     * "K.O'Donoghue (clerk)", "Mrs J Bratton (Clerk and Responsible Financial Officer)" listed among the members
     * present: the council's officer, however the page writes the office, since no councillor is titled so.
     */
    private static boolean servesTheCouncil(Person person) {
        return person.role() != null && !isMember(person) && Offices.isOfficer(person.role());
    }

    /** "Present: Chairman C Wood, Cllr G Mahoney, …": the office printed into the name marks who chaired. */
    private static boolean headsTheListAsChair(Person person, MeetingReading meeting) {
        return meeting.chairNamed == null && person.role() == null && person.name() != null
                && CHAIR_BEFORE_NAME.matcher(person.name()).find();
    }

    /** The member named in the chair: present, and the meeting's chair unless the page named one already. */
    private static Attendee chairs(int line, Person person, MeetingReading meeting) {
        if (meeting.chairNamed == null) {
            // "PRESIDING: Councillor Larry Bannon, Mayor.": the office the chair holds, not a mark of who chaired
            meeting.chairNamed = new Person(null, person.name(), person.role() != null && !CHAIR_NOTE.matcher(
                    person.role().strip()).matches() && BARE_OFFICE.matcher(person.role().strip()).matches()
                    ? person.role().strip() : null);
        }
        return new Attendee.Present(line, person);
    }

    private static void replaceLast(MeetingReading meeting, Person last, Person withOffice) {
        for (int i = meeting.attendance.size() - 1; i >= 0; i--) {
            Attendee attendee = meeting.attendance.get(i);
            if (attendee.person() == last || attendee.person().equals(last)) {
                meeting.attendance.set(i, attendee instanceof Attendee.Guest
                        ? new Attendee.Guest(attendee.line(), withOffice, withOffice.role())
                        : new Attendee.Officer(attendee.line(), withOffice));
                return;
            }
        }
    }

    /** A paragraph that is nothing but people ("Cllr L Watson and Cllr J Foster (family commitment)"). */
    static boolean listsOnlyPeople(String text) {
        List<String> pieces = Names.pieces(Sentences.withoutStop(text));
        return !pieces.isEmpty() && pieces.stream().allMatch(piece -> looksLikeName(piece.replaceAll(
                "^(?:Councillors|Cllrs\\.?|Crs)\\s+", "").replaceAll("\\s*\\([^)]*\\)$", "")))
                && text.matches("(?s).*\\b(?:Cllrs?|Councillors?|Cr|Mr|Mrs|Ms|Dr)\\b.*");
    }

    /**
     * "T.Martin, M.Norton,A.Stanley", "Jane Denton & Colin Warby": people named without a title, each by initials and
     * a surname or by a forename and a surname; read only where an item says whose names they are ("Apologies").
     */
    static boolean listsOnlyBareNames(String text) {
        List<String> pieces = Names.pieces(Sentences.withoutStop(text).replaceAll("\\s+&\\s+", " and "));
        return !pieces.isEmpty() && pieces.stream().allMatch(piece -> BARE_NAME.matcher(piece.strip()).matches()
                && looksLikeName(piece));
    }

    static boolean looksLikeName(String text) {
        String t = text.strip().replaceAll("[,.;]$", "");
        return !t.isEmpty() && NAME.matcher(t).matches() && !BARE_OFFICE.matcher(t).matches() && !NOT_A_NAME.matcher(t).find()
                && !t.matches(".*\\b[A-Z]{4,}\\b.*") && !OFFICE_WORD.matcher(t.replaceFirst("^(?:" + TITLE
                + "\\s+)+", "")).find() && t.split("\\s+").length <= 7;
    }

    /** "Chris Ingle – General Manager Integrated Catchments (via Zoom)": a note of how they attended is no office. */
    private static String withoutNote(String piece) {
        Matcher note = Pattern.compile("^(?<who>.+?)\\s*\\((?<note>[^()]+)\\)$").matcher(piece.strip());
        return note.matches() && note.group("who").contains(" ") && isNote(note.group("note"))
                && !CHAIR_NOTE.matcher(note.group("note").strip()).matches()
                && !note.group("who").matches(".*\\([^)]*$") ? note.group("who") : piece;
    }

    /**
     * "Mrs. E. Ballard (EB)", "Mayor John Carter (HWTM)": the initials the page goes on to call a member by (of their
     * name or of their office, "His Worship the Mayor") are no office, so they go; a party's letters are an
     * affiliation and stay ("Cllr Tom MacSharry (FF)"), an office's are the office ("Colin Dale (CEO)").
     */
    private static String withoutAbbreviations(String list) {
        Matcher m = ABBREVIATED.matcher(list);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String capitals = m.group("letters").replaceAll("\\P{Lu}", "");
            StringBuilder initials = new StringBuilder();
            for (String word : m.group("words").strip().split("\\s+")) {
                initials.append(word.charAt(0));
            }
            boolean abbreviates = capitals.length() >= 2 && initials.indexOf(capitals.substring(0, 2)) >= 0;
            m.appendReplacement(out, Matcher.quoteReplacement(abbreviates ? m.group("words") : m.group()));
        }
        return m.appendTail(out).toString();
    }

    private static String withoutInitialsNote(String written) {
        Matcher bracket = INITIALS_NOTE.matcher(written);
        return bracket.matches() && !PARTY.matcher(bracket.group("letters")).matches()
                && !OFFICE_LETTERS.matcher(bracket.group("letters")).matches()
                ? bracket.group("name") + bracket.group("rest") : written;
    }

    /**
     * An apology, and who stood in for the one absent where the bracket says so ("Cllr Kevin Guy (Cllr Sarah Warren
     * attended as substitute)", "Al Kingsley (Nitin Patel substituting)").
     */
    static Person apology(int line, Person person, MeetingReading meeting) {
        if (person.name() != null && CLAUSE.matcher(person.name()).lookingAt()) {
            return null;
        }
        Matcher standIn = STOOD_IN_BY.matcher(person.role() == null ? "" : person.role());
        if (!standIn.matches()) {
            meeting.attend(new Attendee.Apology(line, person));
            return person;
        }
        Person absent = new Person(null, person.name(), null);
        meeting.attend(new Attendee.Apology(line, absent));
        meeting.attend(new Attendee.Substitute(line, new Person(null, standIn.group("substitute").strip(), null),
                absent));
        return absent;
    }

    /**
     * What a list can say of someone, by construction: an office is a short phrase, never the sentences a list runs
     * on into ("Councillor N Trimble (welcomed those present to the remote meeting …)"); such words are dropped, and
     * an entry of an office alone that long names nobody.
     */
    private static Person plausible(Person read) {
        // "J A McLaughlin, (Chief Executive)": the brackets mark the office, they are no part of it
        Person person = read.role() != null && read.role().strip().matches("^\\([^()]+\\)$")
                ? new Person(read.id(), read.name(), read.role().strip().replaceAll("^\\(|\\)$", "")) : read;
        String role = person.role();
        boolean roleIsPhrase = role == null || role.split("\\s+").length <= 12 && !role.matches(".*\\p{Ll}[.;]\\s+\\p{Lu}.*");
        if (person.name() == null) {
            return roleIsPhrase ? person : null;
        }
        if (CLAUSE.matcher(person.name()).lookingAt()) {
            // "for the purpose of electing a Mayor": the words of the minute a list ran into, no one
            return null;
        }
        return roleIsPhrase ? person : new Person(person.id(), person.name(), null);
    }

    /**
     * A name beside an office is a person's when titled or of two words at least: "Human Resources Manager" and
     * "GM - Community Resilience" name an office alone.
     */
    private static boolean namesSomeone(String name) {
        return name.strip().matches("^" + TITLE + "\\s.*") || name.strip().split("\\s+").length >= 2;
    }

    private static boolean isOffice(String text) {
        return OFFICE_WORD.matcher(text).find() || Offices.isOffice(text);
    }

    private static String firstPiece(String text) {
        List<String> pieces = Names.pieces(text);
        return pieces.isEmpty() ? text : pieces.get(0);
    }
}
