package org.paretomech.lp.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModelNamesTest {

    @Test
    void keepsPlainNames() {
        assertThat(ModelNames.sanitise("x1")).isEqualTo("x1");
        assertThat(ModelNames.sanitise("icdown12")).isEqualTo("icdown12");
        assertThat(ModelNames.sanitise("tail_3")).isEqualTo("tail_3");
        assertThat(ModelNames.sanitise("eps")).isEqualTo("eps");
    }

    @Test
    void replacesCharactersOutsideTheSafeSet() {
        assertThat(ModelNames.sanitise("x 1")).isEqualTo("x_1");
        assertThat(ModelNames.sanitise("a.b-c+d:e")).isEqualTo("a_b_c_d_e");
        assertThat(ModelNames.sanitise("ü")).isEqualTo("_");
    }

    @Test
    void prefixesNamesAReaderWouldMisread() {
        assertThat(ModelNames.sanitise("")).isEqualTo("_");
        assertThat(ModelNames.sanitise("1abc")).isEqualTo("_1abc");
        assertThat(ModelNames.sanitise("e1")).isEqualTo("_e1");
        assertThat(ModelNames.sanitise("E")).isEqualTo("_E");
        assertThat(ModelNames.sanitise("ee")).isEqualTo("_ee");
        for (String keyword : new String[] {"end", "End", "free", "st", "Bounds", "inf", "INFINITY", "max", "RHS", "bin"}) {
            assertThat(ModelNames.sanitise(keyword)).as(keyword).isEqualTo("_" + keyword);
        }
    }

    @Test
    void makesNamesUniqueAfterSanitising() {
        Set<String> taken = new HashSet<>();
        assertThat(ModelNames.unique("a b", taken)).isEqualTo("a_b");
        assertThat(ModelNames.unique("a_b", taken)).isEqualTo("a_b_2");
        assertThat(ModelNames.unique("a.b", taken)).isEqualTo("a_b_3");
        assertThat(ModelNames.unique("", taken)).isEqualTo("_");
        assertThat(ModelNames.unique("ü", taken)).isEqualTo("__2");
        assertThat(taken).containsExactlyInAnyOrder("a_b", "a_b_2", "a_b_3", "_", "__2");
    }
}
