package cn.exchange.core.security;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's role × permission table is the code's matrix, character for character. */
class ReadmeRoleMatrixTest {

    static final String BEGIN = "<!-- role-matrix:begin (generated from RolePermissions; ReadmeRoleMatrixTest keeps it in sync) -->\n";
    static final String END = "<!-- role-matrix:end -->";

    @Test
    void theReadmeShowsTheMatrixTheCodeEnforces() throws Exception {
        String readme = Files.readString(Path.of("..", "README.md"));
        int from = readme.indexOf(BEGIN);
        int to = readme.indexOf(END);
        assertThat(from).as("README.md has the role-matrix markers").isNotNegative();
        assertThat(to).isGreaterThan(from);
        String table = readme.substring(from + BEGIN.length(), to);
        assertThat(table)
                .as("README.md's role matrix differs from RolePermissions; replace it with:%n%s", RolePermissions.markdownTable())
                .isEqualTo(RolePermissions.markdownTable());
    }
}
