package dev.lineup.layout.epg;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import dev.lineup.testing.Corpus;

/** Loads the labelled sets of src/test/resources/epgmatch (see its README). */
final class EvalSets {
    static final String HANDMADE = "listings";
    private static final Pattern ID_SUFFIX = Pattern.compile("^(.*)\\.([a-z]{2,3})$");

    private EvalSets() {
    }

    static List<String[]> tsv(String resource) {
        try (InputStream in = EvalSets.class.getResourceAsStream("/epgmatch/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource epgmatch/" + resource);
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<GuideCandidate> handmadeGuide(int rank) {
        return tsv("handmade-guide.tsv").stream()
                .map(r -> new GuideCandidate(HANDMADE, rank, r[0], List.of(r[2].split("\\|")), r[1])).toList();
    }

    /** The hand-authored set, one split ("tune" or "heldout"). */
    static EvalSet handmade(String split) {
        List<EvalSet.Case> cases = new ArrayList<>();
        int n = 0;
        for (String[] r : tsv("handmade-channels.tsv")) {
            if (!r[0].equals(split)) {
                continue;
            }
            Set<String> accepted = new HashSet<>();
            if (!r[4].equals("-")) {
                int shift = r[4].endsWith("+1") ? 1 : 0;
                accepted.add(EvalSet.key(HANDMADE, r[4].replaceFirst("\\+1$", ""), shift));
            }
            MatchChannel ch = new MatchChannel(split + "-" + n++, r[1], r[2].isEmpty() ? null : r[2], r[3]);
            cases.add(new EvalSet.Case(ch, accepted));
        }
        return new EvalSet("hand-authored " + split, handmadeGuide(0), cases);
    }

    /**
     * Real names from two listing sites: sky.com's names, provider-styled, matched against bt.com's
     * list (plus the hand-authored guide as distractors). A guide channel is right when its
     * human-assigned iptv-org id names the same channel (same id up to country suffix and an HD suffix).
     */
    static EvalSet ukTwoSite() {
        List<GuideCandidate> guide = new ArrayList<>();
        for (String[] r : tsv("uk-bt.com.tsv")) {
            guide.add(new GuideCandidate("bt.com", 0, r[0], List.of(r[1]), "en"));
        }
        guide.addAll(handmadeGuide(1));
        List<EvalSet.Case> cases = new ArrayList<>();
        Random random = new Random(20261122L);
        for (String[] r : tsv("uk-sky.com.tsv")) {
            String family = family(r[0]);
            ProviderStyle.Styled s = ProviderStyle.decorate(r[1], "uk", !family.endsWith("plus1"), random);
            Set<String> accepted = accepted(guide, family, s.shift());
            String tvg = random.nextInt(8) == 0 ? r[0].toLowerCase(Locale.ROOT) : null;
            cases.add(new EvalSet.Case(new MatchChannel("sky-" + r[0], s.name(), tvg, "UK | Sky"), accepted));
        }
        return new EvalSet("real UK sky.com→bt.com", guide, cases);
    }

    /** Which guide channels a human would accept for a channel of id family {@code family}. */
    static Set<String> accepted(List<GuideCandidate> guide, String family, int shift) {
        Set<String> out = new HashSet<>();
        for (GuideCandidate g : guide) {
            String f = family(g.id());
            if (shift == 0 && f.equals(family) || shift == 1 && f.equals(family + "plus1")) {
                out.add(EvalSet.key(g.guideSourceName(), g.id(), 0));
            }
            String base = family.endsWith("plus1") ? family.substring(0, family.length() - 5) : null;
            if (shift == 1 && f.equals(family) || base != null && f.equals(base)) {
                out.add(EvalSet.key(g.guideSourceName(), g.id(), 1));
            }
        }
        return out;
    }

    /** An iptv-org id without its country suffix and HD marker, lower case: "BBCOneHD.uk" → "bbcone". */
    static String family(String id) {
        String s = id.toLowerCase(Locale.ROOT);
        Matcher m = ID_SUFFIX.matcher(s);
        if (m.matches()) {
            s = m.group(1);
        }
        // iptv-org writes the HD feed's id with "HD" last or before the country word ("TLCHDUK").
        s = s.replaceFirst("hd(uk|us)?$", "$1");
        return s;
    }

    /**
     * The channel lists of the real listing-site XMLTV files in the shared corpus (their ids and
     * display-names were assigned by those sites), provider-styled on the layout side. Each file is
     * one guide source; the toy ektotv fixtures are left out, they are not real channels.
     */
    static EvalSet corpus() {
        List<GuideCandidate> guide = new ArrayList<>();
        int rank = 0;
        for (Path p : Corpus.all("xmltv")) {
            String file = p.getFileName().toString();
            if (file.endsWith(".xml") && !file.startsWith("ektotv")) {
                guide.addAll(channels(p, rank++));
            }
        }
        List<GuideCandidate> all = new ArrayList<>(guide);
        all.addAll(handmadeGuide(rank));
        Random random = new Random(7L);
        List<EvalSet.Case> cases = new ArrayList<>();
        String[] codes = {null, "ru", "ee", "lat", "fr", "nz", "ar"};
        for (GuideCandidate g : guide) {
            for (String name : g.displayNames()) {
                ProviderStyle.Styled s = ProviderStyle.decorate(name, codes[random.nextInt(codes.length)], false, random);
                Set<String> accepted = Set.of(EvalSet.key(g.guideSourceName(), g.id(), 0));
                cases.add(new EvalSet.Case(new MatchChannel("corpus-" + g.id(), s.name(), null, null), accepted));
            }
        }
        return new EvalSet("real corpus listing sites", all, cases);
    }

    static List<GuideCandidate> channels(Path file, int rank) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        List<GuideCandidate> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            String id = null;
            List<String> names = new ArrayList<>();
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("channel")) {
                    id = r.getAttributeValue(null, "id");
                    names = new ArrayList<>();
                } else if (ev == XMLStreamReader.START_ELEMENT && r.getLocalName().equals("display-name") && id != null) {
                    names.add(r.getElementText().strip());
                } else if (ev == XMLStreamReader.END_ELEMENT && r.getLocalName().equals("channel") && id != null) {
                    out.add(new GuideCandidate(file.getFileName().toString(), rank, id, names, null));
                    id = null;
                }
            }
        } catch (IOException | XMLStreamException e) {
            throw new IllegalStateException("cannot read channels of " + file + ": " + e.getMessage(), e);
        }
        return out;
    }
}
