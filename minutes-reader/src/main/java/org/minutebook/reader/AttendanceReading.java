package org.minutebook.reader;

import org.minutebook.events.Person;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who attended, as the page records it: the PRESENT list, apologies, substitutes, apologies for earlier absences,
 * lists of officers and others in attendance, and officers or guests the minute shows taking part ("The
 * Strategic Director … then presented the details", "Mr Mohit Sharma commented"). Someone the page only names —
 * the author of a report, a member of the public who wrote in — is not taken to have attended.
 */
final class AttendanceReading {

    private static final String NAME = "(?:" + Names.NAME + ")";
    /** "Apologies … were received from …", also with the minute's number run into it ("9Apologies for absence …"). */
    private static final Pattern APOLOGIES = Pattern.compile("(?i:(?:\\b|(?<=\\d))apolog(?:y|ies)(?: for (?:absence|lateness))?"
            + "(?: and (?:requests? for )?leaves? of absence)?(?: (?:was|were|had been|have been|has been))?(?: (?:received|submitted|tendered|given|noted|reported|"
            + "recorded|intimated)(?: and (?:accepted|approved|noted))?)?(?: also)? (?:on behalf of|from))\\s*:?\\s*"
            + "(?<names>.*)$");
    /** "That apologies be received and leave of absence granted for Cr. Hartley and Cr. Newman for this meeting." */
    private static final Pattern APOLOGIES_FOR = Pattern.compile("(?i:\\bapolog(?:y|ies) be (?:received|accepted|noted)"
            + "(?: and leave of absence (?:be )?granted)? for)\\s+(?<names>.+?)(?i:\\s+for (?:this|the) meeting)?\\.?$");
    private static final Pattern RECEIVED_FROM = Pattern.compile("(?is)^(?:were|was) (?:received|submitted|tendered|"
            + "given)(?: and accepted)? (?:from|on behalf of)\\s*:?\\s*(?<names>.+)$");
    /** "Councillor Jon Collins, for whom Councillor Malcolm Wood was substitute". */
    private static final Pattern FOR_WHOM = Pattern.compile("^(?<for>.+?),? for whom (?<sub>.+?) (?:was|were) "
            + "(?:substitute|substituting|a substitute)\\b[,;.]?\\s*(?<rest>.*)$");
    private static final Pattern APOLOGIES_LIST = Pattern.compile("^(?i:apolog(?:y|ies)(?: for absence)?)"
            + "\\s*[:–-]\\s*(?<names>.+)$");
    private static final Pattern SUBSTITUTED = Pattern.compile("(?<sub>" + NAME + ") (?:substituted|attended as "
            + "(?:a |the )?substitute|was present as (?:a |the )?(?:substitute|Substitute)(?: (?:member|Member))?)"
            + "(?: for (?<for>" + NAME + "))?");
    private static final Pattern SUBSTITUTES_LIST = Pattern.compile("^(?i:substitutes?|substitute members?|"
            + "substitutions?)\\s*:\\s*(?<entries>.+)$");
    private static final Pattern SUBSTITUTE_FOR = Pattern.compile("^(?<sub>" + NAME + ")\\s+(?:for|substituting for|in "
            + "place of)\\s+(?<for>" + NAME + ")$");
    private static final Pattern SUBSTITUTED_BY = Pattern.compile("(?<for>" + NAME + ") was substituted by (?<sub>"
            + NAME + ")");
    private static final Pattern EARLIER = Pattern.compile("(?<who>" + NAME + ") apologised (?<absences>for "
            + "(?:being absent|not attending|absence|missing)[^.]*)");
    private static final Pattern IN_ATTENDANCE = Pattern.compile("^(?i:(?<officers>officers?(?: present| in "
            + "attendance)?)|in attendance|also (?:present|in attendance)(?: were)?)\\s*:\\s*(?<people>.+)$");
    private static final Pattern LABEL_ALONE = Pattern.compile("(?i)^(?:also (?:present|in attendance)|in attendance|"
            + "officers?(?: present| in attendance)?|apolog(?:y|ies)(?: for absence)?)\\s*:?$");
    private static final Pattern PRESENT_LIST = Pattern.compile("^(?<label>(?i:present|members present|councillors "
            + "present|councillors))\\s*:\\s*(?<names>.+)$");
    /** "Sarah Lee (Licensing Manager)": a name, and the office in brackets. */
    private static final Pattern NAME_AND_OFFICE = Pattern.compile("^(?<name>[A-Z][^()]+?)\\s*\\((?<office>[^)]+)\\)$");
    private static final Pattern SPEAKER = Pattern.compile("(?<who>(?:The|the) (?:(?:[A-Z][\\w’'-]*|of|and|for|&|"
            + "the|in)[ ,]*|\\([^)]*\\)\\s*){2,16}?)(?:then |also )?(?:presented|introduced|gave|provided|responded|"
            + "replied|stated|explained|advised|confirmed|informed|commented|thanked|undertook|highlighted|outlined|"
            + "added|clarified|assured|delivered|updated|answered|reiterated|emphasised|welcomed)\\b");
    private static final Pattern NAMED_SPEAKER = Pattern.compile("(?<who>" + NAME + ") (?:commented|spoke|addressed"
            + "|presented|thanked|raised|explained)\\b");
    /** The words before an office that make it the object of a preposition, never the one who spoke. */
    private static final Pattern OBJECT_OF = Pattern.compile("(?i)\\b(?:of|to|for|from|by|with|at|on|in|as|than|via|"
            + "behalf of)$");
    private static final Pattern COUNCILLOR = Pattern.compile("\\b(?:Cllr|Councillor|CC)\\b");
    /** "The meeting commenced at 5.00pm with the Mayor, Cr Denise Knight in the chair." */
    private static final Pattern IN_THE_CHAIR = Pattern.compile("\\bwith (?:the [A-Z][a-z]+(?: [A-Z][a-z]+)?,?\\s+)?"
            + "(?<name>(?:Cr|Cllr|Councillor|Mayor)\\.?(?:\\s+[A-Z][\\w.’'-]*){1,4}),?\\s+in the [Cc]hair\\b");
    private static final Pattern CHAIR = Pattern.compile("\\b(?:[Tt]he) (Chair(?:man|woman|person)?)\\b(?![’'-])");

    private AttendanceReading() {
    }

    /**
     * Who stood in for whom, in a list of substitutes or in a sentence ("Cllr T Vale was present as Substitute Member
     * for Cllr G Orr", "Cllr A was substituted by Cllr B"), in the head, a list or an item. Answers whether it said so.
     */
    static boolean standsIn(int line, String text, MeetingReading meeting) {
        boolean read = substitutes(line, text, meeting);
        for (Matcher m = SUBSTITUTED.matcher(text); m.find(); read = true) {
            substitute(line, m, meeting);
        }
        for (Matcher m = SUBSTITUTED_BY.matcher(text); m.find(); read = true) {
            substitute(line, m, meeting);
        }
        return read;
    }

    /**
     * "Substitutes: Councillor H Ivy for Councillor E Gay; Councillor J Kay for Councillor L May": who stood in for
     * whom, a list of its own in the head or in an item. Answers whether the line was such a list.
     */
    static boolean substitutes(int line, String text, MeetingReading meeting) {
        Matcher substitutes = SUBSTITUTES_LIST.matcher(text.strip());
        if (!substitutes.matches()) {
            return false;
        }
        boolean read = false;
        for (String entry : substitutes.group("entries").split("[;,]\\s*(?=[^;,]+\\sfor\\s)")) {
            Matcher one = SUBSTITUTE_FOR.matcher(Sentences.withoutStop(entry.strip()));
            if (one.matches()) {
                meeting.attend(new Attendee.Substitute(line, new Person(null, one.group("sub"), null),
                        new Person(null, one.group("for"), null)));
                read = true;
            }
        }
        return read;
    }

    /** The PRESENT list: members present, and who was in the chair. */
    static void present(List<Line> lines, MeetingReading meeting) {
        String label = null;
        for (Line printed : lines) {
            // a list's label printed alone ("IN ATTENDANCE") heads the names on the lines under it
            if (LABEL_ALONE.matcher(printed.text().strip()).matches()) {
                label = printed.text().strip().replaceFirst(":$", "");
                continue;
            }
            String own = printed.text().strip();
            if (IN_ATTENDANCE.matcher(own).matches() || APOLOGIES_LIST.matcher(own).matches()) {
                label = null;
            }
            Line line = label == null || own.isEmpty() ? printed : new Line(printed.number(), label + ": " + own);
            Matcher inAttendance = IN_ATTENDANCE.matcher(line.text().strip());
            if (inAttendance.matches()) {
                inAttendance(line.number(), inAttendance, meeting);
                continue;
            }
            Matcher apologies = APOLOGIES_LIST.matcher(line.text().strip());
            if (apologies.matches()) {
                apologies(line.number(), apologies.group("names"), meeting);
                continue;
            }
            for (Names.Listed listed : Names.listed(line.text())) {
                Person member = new Person(null, listed.name(), null);
                meeting.attend(new Attendee.Present(line.number(), member));
                if (listed.inTheChair() && meeting.chairNamed == null) {
                    meeting.chairNamed = member;
                }
            }
        }
    }

    static void read(ItemReading item) {
        Matcher inTitle = APOLOGIES_LIST.matcher(item.item.title == null ? "" : item.item.title);
        if (inTitle.matches()) {
            // "82/23 Apologies: Cllr. A Edwards sent his apologies." a line: the minute printed in its title
            apologies(item.item.line, inTitle.group("names"), item.meeting);
        }
        for (int p = 0; p < item.paragraphs.size(); p++) {
            String text = item.text(p);
            int line = item.line(p);
            MeetingReading meeting = item.meeting;
            Matcher list = IN_ATTENDANCE.matcher(text);
            if (list.matches()) {
                inAttendance(line, list, meeting);
                item.recognised.add(p);
            }
            Matcher present = PRESENT_LIST.matcher(text);
            if (present.matches()) {
                // "Councillors: Jo Brown (Chair), Ken Adams and Lee Smith" under the items, as ModernGov prints
                // attendance below them: the label titles the names
                String names = present.group("label").toLowerCase(java.util.Locale.ROOT).startsWith("councillors")
                        ? "Councillors " + present.group("names") : present.group("names");
                if (ListNames.listsOnlyPeople(names)) {
                    AttendanceLists.read(AttendanceLists.Kind.PRESENT, List.of(new Line(line, names)), false, meeting);
                    item.recognised.add(p);
                }
            }
            for (String said : Sentences.of(text)) {
                // "apologies for absence from A and B; and for lateness from C": the lateness is no absence
                String sentence = said.replaceAll("(?i)[;,]?\\s*and (?:apolog(?:y|ies) )?for lateness\\b.*$", "");
                Matcher m = APOLOGIES.matcher(sentence);
                Matcher received = APOLOGIES_FOR.matcher(sentence);
                if (received.find()) {
                    apologies(line, received.group("names"), meeting);
                    item.recognised.add(p);
                } else if (m.find() && !sentence.toLowerCase(java.util.Locale.ROOT).contains("for lateness")) {
                    String names = m.group("names");
                    // "Apologies for absence were received from:" and the names, a paragraph each
                    for (int next = p + 1; names.isBlank() && next < item.paragraphs.size(); next++) {
                        apologies(item.line(next), item.text(next), meeting);
                        item.recognised.add(next);
                    }
                    apologies(line, names, meeting);
                    item.recognised.add(p);
                }
            }
            if (item.titleLower().contains("apolog")) {
                // "2 Apologies" over "were received from: Councillors Mr G Evans & Mr L Thomas.": the title begins
                // the sentence its paragraph ends
                Matcher continued = RECEIVED_FROM.matcher(text);
                if (continued.matches()) {
                    apologies(line, continued.group("names"), meeting);
                    item.recognised.add(p);
                    continue;
                }
                for (String sentence : Sentences.of(text)) {
                    // "T.Martin, M.Norton,A.Stanley" under "3) Apologies": names without titles, the item says whose
                    if (ListNames.listsOnlyPeople(sentence) || ListNames.listsOnlyBareNames(sentence)) {
                        apologies(line, sentence, meeting);
                        item.recognised.add(p);
                    }
                }
            }
            Matcher listed = APOLOGIES_LIST.matcher(text);
            if (listed.matches()) {
                apologies(line, listed.group("names"), meeting);
                item.recognised.add(p);
            }
            if (standsIn(line, text, meeting)) {
                item.recognised.add(p);
            }
            for (Matcher m = EARLIER.matcher(text); m.find(); ) {
                meeting.attend(new Attendee.EarlierAbsence(line, new Person(null, m.group("who"), null),
                        Sentences.withoutStop(m.group("absences"))));
                item.recognised.add(p);
            }
            speakers(line, text, meeting);
            chair(text, meeting);
            Matcher inTheChair = IN_THE_CHAIR.matcher(text);
            if (meeting.chairNamed == null && inTheChair.find()) {
                meeting.chairNamed = new Person(null, inTheChair.group("name").strip(), null);
            }
        }
    }

    /**
     * "Councillors H. Roberts, J. Harris and G. Thomas", "Cllr L Watson and Cllr J Foster (family commitment)",
     * "Councillor Reid due to illness, for whom Councillor Aitken was substituting, and apologies also from
     * Councillor Edge": each name, its affiliation kept ("(Halton)"), a reason left in the words.
     */
    private static void apologies(int line, String names, MeetingReading meeting) {
        // "A Brown & C White": the ampersand joins two people as "and" does
        String list = Sentences.withoutStop(names.replaceAll("\\s+&\\s+", " and ")
                // "Cllr A Edwards sent his apologies": the sentence names who sent them; "Also:" names more
                .replaceAll("(?i)\\s+(?:sent|gave|offered|tendered|conveyed)\\s+(?:his|her|their)\\s+apolog(?:y|ies)\\b.*$", "")
                .replaceAll("\\.?\\s+Also\\s*:\\s*", ", ")
                .replaceAll("(?i),?\\s+and apolog(?:y|ies) (?:also )?from\\s+", ", ")
                .replaceAll("(?i)\\s+(?:due to|owing to|because of|in respect of)\\s+[^,;]*", "")
                .replaceAll("(?i)\\s+be (?:accepted|received|noted|sustained)\\b.*$", "").replaceAll("(?i)\\s+and leave of absence.*$", "")
                // "accept the apology from Member Richard Northey for absence": the absence is what an apology is
                .replaceAll("(?i)\\s+for (?:absence|non-attendance)\\b.*$", ""));
        List<Person> people = new java.util.ArrayList<>();
        for (String entry : list.split(";")) {
            Matcher forWhom = FOR_WHOM.matcher(entry.strip());
            if (forWhom.matches()) {
                Person absent = EntryPeople.people(forWhom.group("for"), AttendanceLists.Kind.APOLOGIES).stream()
                        .findFirst().orElse(null);
                List<Person> sub = EntryPeople.people(forWhom.group("sub"), AttendanceLists.Kind.APOLOGIES);
                if (absent != null && !sub.isEmpty()) {
                    people.add(absent);
                    meeting.attend(new Attendee.Substitute(line, sub.get(0), new Person(null, absent.name(), null)));
                }
                people.addAll(EntryPeople.people(forWhom.group("rest"), AttendanceLists.Kind.APOLOGIES));
                continue;
            }
            people.addAll(EntryPeople.people(entry, AttendanceLists.Kind.APOLOGIES));
        }
        if (people.isEmpty()) {
            meeting.warn(line, "Apologies from someone the reading could not name: \"" + names.strip() + "\"");
        }
        for (Person person : people) {
            Attending.apology(line, person, meeting);
        }
    }

    private static void substitute(int line, Matcher m, MeetingReading meeting) {
        String forMember = m.group("for");
        meeting.attend(new Attendee.Substitute(line, new Person(null, m.group("sub"), null),
                forMember == null ? null : new Person(null, forMember, null)));
    }

    /** "Officers: …" lists officers; "Also present: …", "In attendance: …" whoever the office says. */
    private static void inAttendance(int line, Matcher list, MeetingReading meeting) {
        boolean officers = list.group("officers") != null;
        for (String who : splitPeople(list.group("people"))) {
            Matcher named = NAME_AND_OFFICE.matcher(who);
            if (named.matches()) {
                String name = named.group("name").strip();
                String office = named.group("office").strip();
                // "Head of Finance (R Taylor)": the office first, who holds it in brackets
                Person person = Offices.isOffice(name) && !Offices.isOffice(office) && Offices.isNamed(office)
                        ? new Person(null, office, name) : new Person(null, name, office);
                meeting.attend(officers || !Offices.isExecutive(person.role()) && Offices.isOffice(person.role())
                        ? new Attendee.Officer(line, person) : new Attendee.Guest(line, person, person.role()));
            } else if (officers) {
                meeting.attend(new Attendee.Officer(line, Offices.person(who)));
            } else {
                attendee(line, who, meeting);
            }
        }
    }

    /** "A, B and the C (D)": commas inside brackets do not separate. */
    private static List<String> splitPeople(String people) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        StringBuilder part = new StringBuilder();
        for (char c : Sentences.withoutStop(people).toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == ',' || c == ';')) {
                parts.add(part.toString().strip());
                part = new StringBuilder();
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().strip());
        return parts.stream().filter(s -> !s.isEmpty()).toList();
    }

    private static void attendee(int line, String who, MeetingReading meeting) {
        Person person = Offices.person(who);
        if (Offices.isExecutive(who)) {
            meeting.attend(new Attendee.Guest(line, person, person.role()));
        } else if (Offices.isOffice(who) || person.name() == null) {
            meeting.attend(new Attendee.Officer(line, person));
        } else {
            meeting.attend(new Attendee.Guest(line, person, null));
        }
    }

    /**
     * Whether an office the minute names is the subject of what follows, not the object of a preposition: "Shona
     * Barton, on behalf of the Returning Officer, welcomed all" is Shona Barton's welcome, not the Returning Officer's.
     */
    private static boolean opensItsClause(String before) {
        return !OBJECT_OF.matcher(before.stripTrailing()).find();
    }

    private static void speakers(int line, String text, MeetingReading meeting) {
        for (Matcher m = SPEAKER.matcher(text); m.find(); ) {
            if (!opensItsClause(text.substring(0, m.start()))) {
                continue;
            }
            for (String who : m.group("who").strip().split(" and (?=the |The )")) {
                String office = Offices.withoutArticle(who.replaceAll("[ ,]+$", ""));
                if (Offices.isOffice(office) && office.split(" ").length >= 2 && !office.startsWith("Chair")) {
                    Person person = Offices.person(office);
                    meeting.seenSpeaking(Offices.isExecutive(office) ? new Attendee.Guest(line, person, person.role())
                            : new Attendee.Officer(line, person));
                }
            }
        }
        for (Matcher m = NAMED_SPEAKER.matcher(text); m.find(); ) {
            String who = m.group("who");
            if (!COUNCILLOR.matcher(who).find()) {
                meeting.attend(new Attendee.Guest(line, new Person(null, who, null), null));
            }
        }
    }

    /** The first time the minute refers to the chair by office, as written ("The Chair", "The Chairman"). */
    private static void chair(String text, MeetingReading meeting) {
        Matcher m = CHAIR.matcher(text);
        if (meeting.chairMentioned == null && m.find()) {
            meeting.chairMentioned = new Person(null, null, "The " + m.group(1));
        }
    }
}
