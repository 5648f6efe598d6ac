package uk.beacon.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.beacon.audience.Audience;

class RecipientsFileTest {

    static final Map<String, String> REGIONS = Map.of("NORTH FELLS", "North Fells", "E12900001", "North Fells");
    static final Set<String> AUTHORITIES = Set.of("951", "952");

    static RecipientsFile.Result parse(String text) throws Exception {
        return RecipientsFile.parse(new StringReader(text), "recipients.csv", Audience.builtIn(), REGIONS, AUTHORITIES);
    }

    @Test
    void readsEveryChannelScopeAndOutputsList() throws Exception {
        RecipientsFile.Result r = parse("""
                # a comment
                audience,scope,name,channel,address,outputs
                region,e12900001,North Fells ADCS group,email,nf@example.org,
                authority,951,Ashby Moor team,folder,/mnt/share/ashby,authority-dashboard
                sector-body,,Leads,email,leads@example.org,peer-review-triage; rejection-report
                named,all,Jo Bloggs,EMAIL,jo@example.org,
                """);
        assertThat(r.problems()).isEmpty();
        assertThat(r.recipients()).extracting(Recipient::audience, Recipient::scope, Recipient::channel, Recipient::line)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("region", "North Fells", Recipient.Channel.EMAIL, 3),
                        org.assertj.core.groups.Tuple.tuple("authority", "951", Recipient.Channel.FOLDER, 4),
                        org.assertj.core.groups.Tuple.tuple("sector-body", "all", Recipient.Channel.EMAIL, 5),
                        org.assertj.core.groups.Tuple.tuple("named", "all", Recipient.Channel.EMAIL, 6));
        assertThat(r.recipients().get(2).kinds()).containsExactlyInAnyOrder("peer-review-triage", "rejection-report");
        assertThat(r.recipients().get(0).kinds()).isEmpty();
    }

    @Test
    void everyBadLineIsNamedWithItsFix() throws Exception {
        RecipientsFile.Result r = parse("""
                audience,scope,name,channel,address,outputs
                regions,North Fells,X,email,x@example.org,
                authority,999,X,email,x@example.org,
                sector-body,North Fells,X,email,x@example.org,
                region,North Fells,,email,x@example.org,
                region,North Fells,X,fax,x@example.org,
                region,North Fells,X,email,not-an-address,
                region,North Fells,X,email,x@example.org,
                region,North Fells,X again,email,X@example.org,
                """);
        assertThat(r.problems()).containsExactly(
                "recipients.csv line 2: unknown audience 'regions': use one of public, region, authority, sector-body, named (config/audiences.csv)",
                "recipients.csv line 3: unknown authority '999': give the authority's 3-digit DfE code",
                "recipients.csv line 4: audience sector-body covers every authority: leave the scope empty or write 'all', not 'North Fells'",
                "recipients.csv line 5: the name is empty: say who this is (a group, a team or a person)",
                "recipients.csv line 6: channel 'fax' is not email or folder",
                "recipients.csv line 7: 'not-an-address' is not one e-mail address (one recipient per line)",
                "recipients.csv line 9: X@example.org is already listed for region North Fells: one line per recipient");
    }

    @Test
    void aWrongHeaderIsRefusedWhole() throws Exception {
        RecipientsFile.Result r = parse("who,where\nregion,North Fells\n");
        assertThat(r.recipients()).isEmpty();
        assertThat(r.problems()).singleElement().asString().startsWith("recipients.csv: the header must be audience,scope,name,channel,address,outputs");
    }
}
