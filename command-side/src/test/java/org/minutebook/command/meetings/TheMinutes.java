package org.minutebook.command.meetings;

import org.minutebook.events.Person;
import org.minutebook.events.meetings.MeetingContact;

import java.time.LocalDateTime;
import java.time.LocalTime;

import static org.minutebook.command.meetings.MeetingStory.meeting;

/**
 * The people and meetings of the real minutes in {@code /work/shared/minutes}: the cast of every meeting story.
 * Where a page does not say something a meeting needs (a start or closing time, the date of the early 2025
 * meeting), the value is assumed and marked so.
 */
public final class TheMinutes {

    // Leicestershire County Council, Children and Families Overview and Scrutiny Committee (pages 002 and 004)

    public static final String CFOSC = "cfosc";
    public static final Person FRYER = new Person("hj-fryer", "Mrs. H. J. Fryer CC");
    public static final Person BENTLEY = new Person("ieg-bentley", "Mr. I. E. G. Bentley CC");
    public static final Person FELTHAM = new Person("rka-feltham", "Dr. R. K. A. Feltham CC");
    public static final Person KAUFMAN = new Person("j-kaufman", "Mr. J. Kaufman CC");
    public static final Person PARTON = new Person("t-parton", "Mr T. Parton CC");
    public static final Person SHEAHAN = new Person("sd-sheahan", "Mr. S. D. Sheahan CC");
    public static final Person WELSH = new Person("g-welsh", "Mr. G. Welsh CC");
    public static final Person WRIGHT = new Person("m-wright", "Mrs. M. Wright CC");
    public static final Person SUE_WHITING = new Person(null, "Mrs Sue Whiting");
    public static final Person DIRECTOR_OF_CHILDREN_AND_FAMILY_SERVICES =
            new Person(null, "Director of Children and Family Services");
    private static final Person[] CFOSC_MEMBERS = {FRYER, BENTLEY, FELTHAM, KAUFMAN, PARTON, SHEAHAN, WELSH, WRIGHT};

    /** The items every meeting of the committee opens with, numbered on from the last meeting's. */
    private static final String CFOSC_STANDING_ITEMS = """
            Minutes.
            Question Time.
            Questions asked by members under Standing Order 7(3) and 7(5).
            Urgent Items.
            Declarations of interest.
            Declarations of the Party Whip in accordance with Overview and Scrutiny Procedure Rule 16.
            Presentation of Petitions under Standing Order 36.
            """;

    /** Page 004: PRESENT, Mrs. H. J. Fryer CC (in the Chair) and seven more; items 19 to 31; 9.30am – 12.12pm. */
    public static final MeetingStory CFOSC_18_NOV_2020 = meeting("cfosc-2020-11-18")
            .of(CFOSC, "Children and Families Overview and Scrutiny Committee")
            .at(LocalDateTime.of(2020, 11, 18, 9, 30), "County Hall, Glenfield")
            .chairedBy(FRYER)
            .closingAt(LocalTime.of(12, 12))
            .members(CFOSC_MEMBERS)
            .agendaNumberedFrom(19, CFOSC_STANDING_ITEMS + """
                    Defining Children and Family Services for the Future.
                    Progress Report: Ofsted Recommendations - The Road to Excellence.
                    Leicestershire Fostering Agency Statutory Report.
                    Annual Report of the Independent Reviewing Officer.
                    Quarter 2 2020/21 Performance Report.
                    Dates of Future Meetings.
                    """)
            .told();

    /** "The next meeting of the Committee would be held on 19 January 2021 at 2.00 pm" (page 004). */
    public static final MeetingStory CFOSC_19_JAN_2021 = meeting("cfosc-2021-01-19")
            .of(CFOSC, "Children and Families Overview and Scrutiny Committee")
            .at(LocalDateTime.of(2021, 1, 19, 14, 0), "County Hall, Glenfield")
            .chairedBy(FRYER)
            .told();

    /** Its minutes "were taken as read, confirmed and signed" on 2 November 2021 (page 002). */
    public static final MeetingStory CFOSC_7_SEP_2021 = meeting("cfosc-2021-09-07")
            .of(CFOSC, "Children and Families Overview and Scrutiny Committee")
            .at(LocalDateTime.of(2021, 9, 7, 14, 0), "County Hall, Glenfield")
            .chairedBy(FRYER)
            .told();

    /** Page 002: items 28 to 42, Mrs Sue Whiting's question, "That the report be noted". Closing time assumed. */
    public static final MeetingStory CFOSC_2_NOV_2021 = meeting("cfosc-2021-11-02")
            .of(CFOSC, "Children and Families Overview and Scrutiny Committee")
            .at(LocalDateTime.of(2021, 11, 2, 14, 0), "County Hall, Glenfield")
            .contact(new MeetingContact("Gemma Duckworth", null, "0116 3052583", "gemma.duckworth@leics.gov.uk"))
            .chairedBy(FRYER)
            .closingAt(LocalTime.of(16, 0))
            .members(CFOSC_MEMBERS)
            .agendaNumberedFrom(28, CFOSC_STANDING_ITEMS + """
                    Engagement of the Council's Strategic Plan.
                    Defining Children and Family Services for the Future.
                    Written Statement of Action and High Needs Block Development.
                    Quarter 2 2021/22 Performance Report.
                    Leicestershire Fostering Agency Statutory Report.
                    Leicestershire Adoption Agency Statutory Report.
                    Leicestershire's Response to Tackling Child Criminal Exploitation.
                    Date of next meeting.
                    """)
            .told();

    // Leicester City Council, Children, Young People and Schools Scrutiny Commission (its name "up to 28th April
    // 2021"), since then Children, Young People and Education Scrutiny Commission (pages 000 and 001)

    public static final String LEICESTER_CYP = "leicester-cyp";
    public static final Person LEICESTER_CHAIR = new Person("leicester-cyp-chair", "The Chair");
    public static final Person COLE = new Person("cllr-cole", "Councillor Cole");
    public static final Person RAE_BHATIA = new Person("cllr-rae-bhatia", "Cllr Rae Bhatia");
    public static final Person ORTON = new Person("cllr-orton", "Cllr Orton");
    public static final Person MOORE = new Person("cllr-moore", "Councillor Dr Moore");
    public static final Person MARCH = new Person("cllr-march", "Councillor March");
    public static final Person BARNES = new Person("cllr-barnes", "Councillor Barnes");
    public static final Person GREGG = new Person("cllr-gregg", "Cllr Gregg");
    public static final Person BONHAM = new Person("cllr-bonham", "Cllr Bonham");
    public static final Person MOHIT_SHARMA = new Person(null, "Mr Mohit Sharma");

    /** Page 000: special meeting; "An apology for absence was received from Councillor Cole"; closed at 7.00pm. */
    public static final MeetingStory CYPS_29_SEP_2020 = meeting("leicester-cyp-2020-09-29")
            .of(LEICESTER_CYP, "Children, Young People and Schools Scrutiny Commission")
            .special()
            .at(LocalDateTime.of(2020, 9, 29, 17, 30), "Microsoft Teams Meeting")
            .contact(new MeetingContact("Jerry Connolly", "Scrutiny Support Officer", "0116 454 6343", null))
            .contact(new MeetingContact("Jason Tyler", "Democratic Support Officer", "0116 454 6359", null))
            .chairedBy(LEICESTER_CHAIR)
            .closingAt(LocalTime.of(19, 0))
            .members(LEICESTER_CHAIR, COLE)
            .agenda("""
                    apologies | Apologies for absence
                    declarations | Declarations of interest
                    minutes | Minutes of the previous meeting
                    petitions | Petitions
                    questions | Questions, representations and statements of case
                    annual-reports | Adoption and Fostering Services: annual reports and statements of purpose
                      adoption | Adoption Service Annual Report 2019-20 and Statement of Purpose 2020-21
                      fostering | Fostering Service Annual Report 2019-20 and Statement of Purpose 2020-21
                    participation | Participation Strategy
                    high-needs-block | High Needs Block Banding consultation
                    covid-19 | Covid-19 update
                    """)
            .told();

    /**
     * Its minutes erroneously noted Cllr Gregg as Vice-Chair; the correction was noted in early 2025 (page 001).
     * Start and closing time assumed.
     */
    public static final MeetingStory CYPE_29_OCT_2024 = meeting("leicester-cyp-2024-10-29")
            .of(LEICESTER_CYP, "Children, Young People and Education Scrutiny Commission")
            .at(LocalDateTime.of(2024, 10, 29, 17, 30), "City Hall, Leicester")
            .chairedBy(LEICESTER_CHAIR)
            .closingAt(LocalTime.of(19, 45))
            .agenda("""
                    welcome | Welcome and Apologies for Absence
                    """)
            .told();

    /** Its minutes were confirmed at the early 2025 meeting (page 001). Start time assumed. */
    public static final MeetingStory CYPE_14_JAN_2025 = meeting("leicester-cyp-2025-01-14")
            .of(LEICESTER_CYP, "Children, Young People and Education Scrutiny Commission")
            .at(LocalDateTime.of(2025, 1, 14, 17, 30), "City Hall, Leicester")
            .chairedBy(LEICESTER_CHAIR)
            .told();

    /**
     * Page 001: "Apologies were received from Cllr Rae Bhatia. Cllr Orton substituted."; three declarations;
     * items 130 and 131; "the meeting finished at 8:20pm". The page gives no date: after 14 January 2025 and
     * before the task group of 3rd March; 25 February 2025 at 5.30pm is assumed.
     */
    public static final MeetingStory CYPE_EARLY_2025 = meeting("leicester-cyp-2025-02-25")
            .of(LEICESTER_CYP, "Children, Young People and Education Scrutiny Commission")
            .at(LocalDateTime.of(2025, 2, 25, 17, 30),
                    "Meeting Room G.01, Ground Floor, City Hall, 115 Charles Street, Leicester, LE1 1FZ")
            .contact(new MeetingContact("Ed Brown", "Senior Governance Officer", null, "Edmund.Brown@leicester.gov.uk"))
            .chairedBy(LEICESTER_CHAIR)
            .closingAt(LocalTime.of(20, 20))
            .members(LEICESTER_CHAIR, RAE_BHATIA, MOORE, MARCH, BARNES, GREGG, BONHAM)
            .agenda("""
                    welcome | Welcome and Apologies for Absence
                    declarations | Declarations of Interest
                    minutes | Minutes of the Previous Meeting
                    announcements | Chair's Announcements
                    questions | Questions, Representations, and Statements Of Case
                    petitions | Petitions
                    send-transport | Post-16 SEND Home to School Transport Policy
                    lado | Local Authority Designated Officers (LADO) Annual Report 2023-24
                    130 | Keeping Children Safe, Helping Families Thrive
                    131 | OFSTED ILACS Report (Inspecting Local Authority Children's Services) and Improvement Plan
                    work-programme | Work Programme
                    aob | Any Other Business
                    """)
            .told();

    // Coventry City Council, Education and Children's Services Scrutiny Board (2) (page 003)

    public static final Person COVENTRY_CHAIR = new Person("coventry-sb2-chair", "The Chair");

    /** Page 003: items 1 to 8; a referral to Scrutiny Board 4; a letter of thanks. Closing time assumed. */
    public static final MeetingStory SCRUTINY_BOARD_2_21_JUN_2018 = meeting("coventry-sb2-2018-06-21")
            .of("coventry-sb2", "Education and Children's Services Scrutiny Board (2)")
            .at(LocalDateTime.of(2018, 6, 21, 14, 0), "Committee Room 3 - Council House")
            .contact(new MeetingContact("Michelle Rose", null, "024 7683 3111", "michelle.rose@coventry.gov.uk"))
            .chairedBy(COVENTRY_CHAIR)
            .closingAt(LocalTime.of(16, 0))
            .agenda("""
                    1 | Declarations of Interests
                    2 | Minutes
                      2a | To agree the minutes of the meeting held on 26th April, 2018
                      2b | Matters Arising
                    3 | Corporate Parenting and the Corporate Parenting Board
                    4 | Progress Towards an Outstanding Fostering Service
                    5 | Regional Adoption Agency Progress
                    6 | Outstanding Issues
                    7 | Work Programme
                    8 | Any Other Business
                    """)
            .told();

    private TheMinutes() {
    }
}
