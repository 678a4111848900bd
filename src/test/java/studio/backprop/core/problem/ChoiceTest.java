package studio.backprop.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Choices: ids from names, found by id or by an alias as typed, listed for messages. */
class ChoiceTest {
    private enum Fruit implements Choice {
        APPLE, BLOOD_ORANGE;

        String alias() {
            return this == APPLE ? "malus" : "bo";
        }
    }

    @Test
    void theIdIsTheNameInLowerCaseWithHyphens() {
        assertThat(Fruit.APPLE.id()).isEqualTo("apple");
        assertThat(Fruit.BLOOD_ORANGE.id()).isEqualTo("blood-orange");
        assertThat(Choice.ids(Fruit.class)).isEqualTo("apple, blood-orange");
    }

    @Test
    void findTakesTheExactIdOnly() {
        assertThat(Choice.find(Fruit.class, "blood-orange")).contains(Fruit.BLOOD_ORANGE);
        assertThat(Choice.find(Fruit.class, "Apple")).isEmpty();
        assertThat(Choice.find(Fruit.class, "BLOOD_ORANGE")).isEmpty();
    }

    @Test
    void whatAUserTypedMayBeAnAliasInAnyCase() {
        assertThat(Choice.find(Fruit.class, " Apple ", Fruit::alias)).contains(Fruit.APPLE);
        assertThat(Choice.find(Fruit.class, "MALUS", Fruit::alias)).contains(Fruit.APPLE);
        assertThat(Choice.find(Fruit.class, "bo", Fruit::alias)).contains(Fruit.BLOOD_ORANGE);
        assertThat(Choice.find(Fruit.class, "pear", Fruit::alias)).isEmpty();
    }
}
