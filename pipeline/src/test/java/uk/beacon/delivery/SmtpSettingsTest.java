package uk.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SmtpSettingsTest {

    @Test
    void starttlsIsTheDefaultAndIsRequired() throws Exception {
        SmtpSettings s = SmtpSettings.fromEnvironment(Map.of("BEACON_SMTP_HOST", "smtp.example.org", "BEACON_SMTP_FROM", "beacon@example.org"));
        assertThat(s.security()).isEqualTo(SmtpSettings.Security.STARTTLS);
        assertThat(s.port()).isEqualTo(587);
        assertThat(s.properties()).containsEntry("mail.smtp.starttls.required", "true").containsEntry("mail.smtp.ssl.checkserveridentity", "true");
    }

    @Test
    void sendingInClearIsAllowedOnlyToThisMachine() {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of("BEACON_SMTP_HOST", "smtp.example.org", "BEACON_SMTP_FROM", "b@example.org",
                "BEACON_SMTP_SECURITY", "none"))).hasMessageContaining("allowed only for a relay on this machine");
    }

    @Test
    void missingSettingsSayWhichVariable() {
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of())).hasMessageStartingWith("no mail server: set BEACON_SMTP_HOST");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of("BEACON_SMTP_HOST", "h"))).hasMessageStartingWith("BEACON_SMTP_FROM is not set");
        assertThatThrownBy(() -> SmtpSettings.fromEnvironment(Map.of("BEACON_SMTP_HOST", "h", "BEACON_SMTP_FROM", "b@example.org",
                "BEACON_SMTP_USER", "u"))).hasMessageContaining("both BEACON_SMTP_USER and BEACON_SMTP_PASSWORD");
    }

    @Test
    void thePasswordIsNeverShown() throws Exception {
        SmtpSettings s = SmtpSettings.fromEnvironment(Map.of("BEACON_SMTP_HOST", "smtp.example.org", "BEACON_SMTP_FROM", "b@example.org",
                "BEACON_SMTP_USER", "beacon", "BEACON_SMTP_PASSWORD", "hunter2-secret"));
        assertThat(s.toString()).doesNotContain("hunter2-secret").contains("beacon");
        assertThat(s.properties().toString()).doesNotContain("hunter2-secret");
    }
}
