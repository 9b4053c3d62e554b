package org.minutebook.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Who is "the same person" in the minutes of 18 November 2020, and the key a reader files each mention under. */
class PersonTest {

    private static final List<Person> MENTIONS = List.of(
            new Person("fryer", "Mrs. H. J. Fryer CC"), new Person("fryer", "Mrs H Fryer CC"),
            new Person(null, "Mrs. H. J. Fryer CC"), new Person(null, "mrs.  h. j. fryer cc"),
            new Person(null, "Mrs. H. J. Fryer CC", "Chairman"), new Person(null, null, "Chairman"),
            new Person(null, null, "the Chairman"), new Person(null, null, " chairman "),
            new Person("bentley", "Mrs. H. J. Fryer CC"), new Person(null, "Mr. I. E. G. Bentley CC"));

    @Test
    void mentionsFiledUnderOneKeyAreTheSamePerson() {
        for (Person one : MENTIONS) {
            for (Person other : MENTIONS) {
                if (one.identity().equals(other.identity())) {
                    assertThat(one.sameAs(other)).as(one + " and " + other).isTrue();
                }
            }
        }
    }

    @Test
    void theSamePersonNamedAlikeWithoutAnIdIsFiledUnderTheNameOnly() {
        assertThat(new Person("fryer", "Mrs H Fryer CC").identity()).isEqualTo("id:fryer");
        assertThat(new Person(null, " Mrs.  H. J. FRYER CC", "Chairman").identity())
                .isEqualTo("name:mrs. h. j. fryer cc");
        assertThat(new Person(null, null, "The  Chairman").identity()).isEqualTo("office:the chairman");
        assertThat(new Person(null, null, null).identity()).isNull();
    }
}
