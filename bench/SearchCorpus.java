import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * The search benchmark's corpus and its queries, the same for a given seed: 100,000 published items written as
 * PostgreSQL COPY blocks into Pressroom's content and video tables, and 1,000 queries as a journalist would type
 * them. Run by bench/search.sh. Arguments: output directory, seed, number of queries.
 *
 * <p>The text is press-office prose in shape, not in sense. Each language has a vocabulary of about 40,000 words
 * drawn with Zipf frequencies (rank r about 1/r): its head is real common English or French words (function words,
 * then the press-room words a council's press office uses), its tail word forms made up from the language's
 * syllables. On top of that each item is about something: a topic (a dozen words of the middle of the vocabulary,
 * repeated through the item), a cast of people (named with first and last names from many countries, some of them
 * officials who appear in thousands of items, most in a few), places and a country. News and releases quote their
 * people; transcripts are turns of the speakers and the floor's questions.
 *
 * <p>Items (out of 100,000), with lengths in words, and how many also have a French (or only a French) version:
 * <ul>
 * <li>22,000 news (lead 25-45, body 300-800), 12,000 press releases (250-700), 6,000 statements (120-400),
 *     5,000 media advisories (150-350): 45% bilingual, 8% French only;</li>
 * <li>5,000 events (description 80-300), 80% bilingual;</li>
 * <li>12,000 transcripts in turns: press conferences 20-45 turns (answers 60-250 words, questions 15-50),
 *     speeches 8-20 paragraphs of 80-200, interviews 10-24 turns, press points 8-16, doorsteps 4-10 of 30-120;
 *     25% translated into French;</li>
 * <li>28,000 photos (captions 12-40), 70% bilingual;</li>
 * <li>10,000 videos (summary 30-80, a shot list of 4-15 short shots and soundbites), words in one language.</li>
 * </ul>
 * Dates spread over three years; 1% is embargoed (published in the coming weeks).
 */
public class SearchCorpus {

    static final String[] EN_HEAD = ("the of and to in a is that for on it with as was at by be this from are has have "
            + "not an or will which but we its they their been were also more said would all can our there one about "
            + "after who new other had two first over into than them these may up out some only when years should year "
            + "said could must between under during today week next last including against three since while must "
            + "council states member ministers minister government countries international agreement sea ocean fisheries "
            + "coastal meeting support development security cooperation president secretary general spokesperson "
            + "committee commission report plan action policy decision statement conference press summit delegation "
            + "programme funding financing climate adaptation protection stocks fishing vessels port coast water "
            + "pollution research data monitoring community women youth jobs trade market prices export import "
            + "project infrastructure resolution vote framework treaty convention protocol deadline media journalists "
            + "video photos transcript interview emergency response crisis storm flood erosion shipping navigation "
            + "safety training partners regional national local public private sector budget million billion euros "
            + "percent target targets commitments binding legal political work working group experts review annual "
            + "strategy negotiations talks dialogue joint declaration ban illegal control inspection satellite fleet "
            + "quota catch limits recovery marine reserve reef coral mangrove restoration fund loan grant bank").split(" ");
    static final String[] FR_HEAD = ("de la le et les des à en du un une est pour que qui dans a au sur par pas plus ne "
            + "il ce se avec son sont sa été aux ont nous leur ses cette ou mais comme tout également après deux "
            + "entre être aussi lors fait depuis contre elle ils selon sous encore années année semaine dernier "
            + "prochain aujourd'hui trois notamment avait doit ainsi conseil états membres ministres ministre gouvernement "
            + "pays international accord mer océan pêche côtiers réunion soutien développement sécurité coopération "
            + "président secrétaire général porte-parole comité commission rapport plan action politique décision "
            + "déclaration conférence presse sommet délégation programme financement climat adaptation protection "
            + "stocks navires port côte eau pollution recherche données surveillance communauté femmes jeunes emplois "
            + "commerce marché prix exportations importations projet infrastructures résolution vote cadre traité "
            + "convention protocole échéance médias journalistes vidéo photos transcription entretien urgence réponse "
            + "crise tempête inondation érosion transport maritime navigation sécurité formation partenaires régional "
            + "national local public privé secteur budget millions milliards euros pour cent objectif objectifs "
            + "engagements contraignants juridique travail groupe experts examen annuel stratégie négociations "
            + "pourparlers dialogue conjointe interdiction illicite contrôle inspection satellite flotte quota captures "
            + "limites reconstitution réserve marine récif corail mangrove restauration fonds prêt subvention banque "
            + "l'accord l'océan l'OTAN l'Union l'Afrique d'Europe d'action l'adaptation l'érosion qu'il").split(" ");

    static final String[] FIRST = ("Awa Aminata Fatou Mariama Kofi Kwame Ama Yaw Chinedu Ngozi Amina Ibrahim Moussa "
            + "Ousmane Cheikh Mamadou Hélène Sophie Camille Julien Mathieu Élodie François Aurélie Benoît Clémence "
            + "Ingrid Jonas Lars Sigrid Astrid Björn Gudrun Einar Ana João Inês Tiago Mariana Rui Carmen Javier Lucía "
            + "Pablo Elena Marco Giulia Luca Sara Anna Peter Thomas Maria Jan Eva Rahul Priya Arjun Meera Siti Budi "
            + "Dewi Wei Mei Hiroshi Yuki Sarah James Emily David Laura Michael Olivia Daniel Grace Samuel Ruth Tomás "
            + "Joaquim Fernanda Beatriz Kenji Omar Leila Youssef Nadia Karim Salma Zeynep Emre Olga Ivan Katarzyna "
            + "Piotr Hanna Mikael Kirsten Niamh Sean Aoife Ewa Dimitris Eleni").split(" ");
    static final String[] LAST = ("Ndiaye Sarr Diop Fall Kane Ba Sow Mensah Owusu Boateng Asante Okafor Eze Adeyemi "
            + "Balogun Traoré Coulibaly Keita Diallo Bah Camara Touré Varga Dubois Lefèvre Moreau Laurent Girard "
            + "Rousseau Fontaine Chevalier Berg Solberg Hansen Johansen Lindqvist Sigurðsson Jónsdóttir Lima Costa "
            + "Ferreira Almeida Carvalho Santos García Fernández López Martínez Romero Rossi Bianchi Ferrari Janssens "
            + "Peeters Maes De Smet Müller Schmidt Weber Novak Kowalski Menon Sharma Iyer Nair Pillai Santoso Wijaya "
            + "Lim Tan Chen Wang Nakamura Sato Smith Jones Taylor Brown Wilson Evans Okonkwo Mwangi Otieno Kamau "
            + "Wanjiru Haddad Benali El Amrani Chraibi Yilmaz Demir Petrov Ivanova Murphy O'Brien Kelly Papadopoulos "
            + "Georgiou Andersen Nielsen Virtanen Korhonen").split(" ");
    static final String[] ROLES_EN = {"Spokesperson", "Secretary General", "Deputy Secretary General", "Minister of Fisheries",
            "Minister of the Environment", "Chair of the Committee", "Director", "Special Envoy", "Commissioner", "Ambassador",
            "Head of Delegation", "Chief Scientist", "President of the Council", "Harbour Master", "Mayor"};
    static final String[] ROLES_FR = {"Porte-parole", "Secrétaire générale", "Secrétaire général adjoint", "Ministre de la Pêche",
            "Ministre de l'Environnement", "Présidente du comité", "Directeur", "Envoyée spéciale", "Commissaire", "Ambassadeur",
            "Chef de délégation", "Scientifique en chef", "Président du Conseil", "Capitaine de port", "Maire"};
    /** Cities with their countries: where events happen and what stories are about. */
    static final String[] CITIES = ("Dakar SN,Saint-Louis SN,Banjul GM,Conakry GN,Rabat MA,Agadir MA,Lisbon PT,Porto PT,"
            + "Madrid ES,Vigo ES,Las Palmas ES,Paris FR,Brest FR,Marseille FR,Brussels BE,Antwerp BE,Oslo NO,Bergen NO,"
            + "Tromsø NO,Reykjavik IS,Brasília BR,Recife BR,Luanda AO,Accra GH,Tema GH,Lagos NG,Abuja NG,Nairobi KE,"
            + "Mombasa KE,New Delhi IN,Kochi IN,Singapore SG,Jakarta ID,Manila PH,Tokyo JP,Geneva CH,Rome IT,Athens GR,"
            + "Copenhagen DK,Helsinki FI,Dublin IE,Halifax CA,Cape Town ZA,Maputo MZ,Dar es Salaam TZ,Nouakchott MR,"
            + "Abidjan CI,Lomé TG,Cotonou BJ,Praia CV").split(",");
    static final String[] EVENT_COUNTRIES = {"SN", "BE", "FR", "PT", "ES", "NO", "MA", "GH", "KE", "IS", "BR", "NG", "IN", "SG",
            "CH", "AO", "GM", "ZA"};

    record Person(String name, int role) {
    }

    record Place(String city, String country) {
    }

    final Random random;
    final Instant now;
    final Map<String, Zipf> vocabulary = new LinkedHashMap<>();
    final List<Person> people = new ArrayList<>();
    final Zipf peopleRank;
    final List<Place> places = new ArrayList<>();
    final Map<String, Integer> items = new TreeMap<>();
    final Map<String, long[]> words = new TreeMap<>();
    final List<String> phrases = new ArrayList<>();
    final List<String[]> topics = new ArrayList<>();

    /** Words by rank, drawn with probability about 1/rank. */
    static final class Zipf {
        final String[] words;
        final double[] cumulative;

        Zipf(List<String> list, double exponent) {
            words = list.toArray(String[]::new);
            cumulative = new double[words.length];
            double sum = 0;
            for (int i = 0; i < words.length; i++) {
                sum += 1 / Math.pow(i + 1, exponent);
                cumulative[i] = sum;
            }
            for (int i = 0; i < words.length; i++) {
                cumulative[i] /= sum;
            }
        }

        int rank(Random random) {
            int i = Arrays.binarySearch(cumulative, random.nextDouble());
            return Math.min(words.length - 1, i < 0 ? -i - 1 : i);
        }

        String draw(Random random) {
            return words[rank(random)];
        }
    }

    SearchCorpus(long seed) {
        random = new Random(seed);
        now = Instant.now();
        vocabulary.put("en", new Zipf(vocabulary(EN_HEAD, new String[]{"b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t",
                "v", "w", "br", "cr", "st", "tr", "pl", "gr", "sh", "th"}, new String[]{"a", "e", "i", "o", "u", "ea", "ou", "ai"},
                new String[]{"", "", "n", "r", "s", "t", "l", "nd", "st", "ck"}, new String[]{"", "", "", "s", "ing", "ed", "tion", "er",
                "al", "ity", "ment", "ly"}, 40_000), 1.0));
        vocabulary.put("fr", new Zipf(vocabulary(FR_HEAD, new String[]{"b", "c", "d", "f", "g", "l", "m", "n", "p", "r", "s", "t",
                "v", "ch", "pr", "tr", "gr", "br", "pl", "qu"}, new String[]{"a", "e", "i", "o", "u", "é", "è", "ou", "ai", "au", "eu"},
                new String[]{"", "", "", "n", "r", "s", "l", "nt"}, new String[]{"", "", "", "e", "es", "tion", "ment", "age", "ique",
                "eur", "elle", "ée", "ité"}, 40_000), 1.0));
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < 3000) {
            names.add(FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)]);
        }
        names.forEach(name -> people.add(new Person(name, random.nextInt(ROLES_EN.length))));
        peopleRank = new Zipf(new ArrayList<>(names), 1.0);
        for (String city : CITIES) {
            int space = city.lastIndexOf(' ');
            places.add(new Place(city.substring(0, space), city.substring(space + 1)));
        }
        // Topics: each a dozen words of the middle of each vocabulary (ranks 150 to 20,000), the same topic in both languages.
        for (int t = 0; t < 2000; t++) {
            String[] topic = new String[24];
            for (int i = 0; i < 12; i++) {
                topic[i] = vocabulary.get("en").words[150 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 19_850)];
                topic[12 + i] = vocabulary.get("fr").words[150 + (int) Math.floor(Math.pow(random.nextDouble(), 2) * 19_850)];
            }
            topics.add(topic);
        }
    }

    /** The real words first, then made-up word forms from the language's syllables until there are {@code size}. */
    List<String> vocabulary(String[] head, String[] onsets, String[] nuclei, String[] codas, String[] suffixes, int size) {
        Set<String> words = new LinkedHashSet<>(Arrays.asList(head));
        while (words.size() < size) {
            StringBuilder w = new StringBuilder();
            int syllables = 1 + random.nextInt(3);
            for (int s = 0; s < syllables; s++) {
                w.append(onsets[random.nextInt(onsets.length)]).append(nuclei[random.nextInt(nuclei.length)]);
                if (s == syllables - 1) {
                    w.append(codas[random.nextInt(codas.length)]);
                }
            }
            w.append(suffixes[random.nextInt(suffixes.length)]);
            if (w.length() >= 4) {
                words.add(w.toString());
            }
        }
        return new ArrayList<>(words);
    }

    /** What one item is about: its topic, its people, its place. */
    record Story(String[] topic, List<Person> cast, Place place) {
    }

    Story story() {
        List<Person> cast = new ArrayList<>();
        int n = 1 + random.nextInt(4);
        for (int i = 0; i < n; i++) {
            cast.add(people.get(peopleRank.rank(random)));
        }
        // Topics too have a long tail: a few are in the news all the time.
        int topic = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * topics.size());
        return new Story(topics.get(topic), cast, places.get((int) Math.floor(Math.pow(random.nextDouble(), 1.5) * places.size())));
    }

    /** A sentence: vocabulary words, the topic's words and now and then a name or the place. */
    String sentence(String lang, Story story, int length) {
        Zipf zipf = vocabulary.get(lang);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            double r = random.nextDouble();
            String word;
            if (r < 0.12) {
                word = story.topic()[(lang.equals("en") ? 0 : 12) + random.nextInt(12)];
            } else if (r < 0.14) {
                word = story.cast().get(random.nextInt(story.cast().size())).name();
            } else if (r < 0.15) {
                word = story.place().city();
            } else {
                word = zipf.draw(random);
            }
            if (i > 0) {
                s.append(' ');
            }
            s.append(i == 0 ? capitalised(word) : word);
        }
        return s.append('.').toString();
    }

    String text(String lang, Story story, int words) {
        StringBuilder s = new StringBuilder();
        int written = 0;
        while (written < words) {
            int length = Math.min(words - written, 8 + random.nextInt(23));
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(sentence(lang, story, Math.max(length, 3)));
            written += length;
        }
        return s.toString();
    }

    /** Paragraphs of HTML, some of them a quote of one of the story's people, as press releases are written. */
    String body(String lang, Story story, int words) {
        StringBuilder html = new StringBuilder();
        int written = 0;
        while (written < words) {
            int length = Math.min(words - written, 40 + random.nextInt(80));
            if (random.nextInt(4) == 0) {
                Person who = story.cast().get(random.nextInt(story.cast().size()));
                String quote = sentence(lang, story, Math.max(8, length - 8));
                phrase(quote);
                html.append("<p>“").append(quote).append("”, ").append(lang.equals("en") ? "said " : "a déclaré ")
                        .append(who.name()).append(", ").append(role(who, lang)).append(".</p>");
            } else {
                html.append("<p>").append(text(lang, story, length)).append("</p>");
            }
            written += length;
        }
        return html.toString();
    }

    String role(Person who, String lang) {
        return (lang.equals("en") ? ROLES_EN : ROLES_FR)[who.role()];
    }

    /** Now and then keeps a passage a journalist could remember and search for, quoted. */
    void phrase(String sentence) {
        if (random.nextInt(8) == 0) {
            String[] sentences = sentence.split("\\. ");
            String[] w = sentences[random.nextInt(sentences.length)].replaceAll("[.,“”]", "").split(" ");
            int length = Math.min(w.length, 3 + random.nextInt(4));
            int start = random.nextInt(w.length - length + 1);
            phrases.add(String.join(" ", Arrays.copyOfRange(w, start, start + length)));
        }
    }

    String title(String lang, Story story) {
        String t = sentence(lang, story, 6 + random.nextInt(8));
        return t.substring(0, t.length() - 1);
    }

    static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    void count(String kind, String lang, String text) {
        items.merge(kind + " " + lang, 1, Integer::sum);
        long[] w = words.computeIfAbsent(kind + " " + lang, k -> new long[1]);
        w[0] += text.isBlank() ? 0 : text.replaceAll("<[^>]+>", " ").strip().split("\\s+").length;
    }

    /** A publication time over the last three years; one item in a hundred embargoed for the coming weeks. */
    Instant published(int i) {
        Instant t = now.minusSeconds((long) (random.nextDouble() * 1095 * 86400));
        return i % 100 == 0 ? now.plus(Duration.ofDays(1 + random.nextInt(40))) : t;
    }

    /** The languages of an item: English, both, or French only. */
    List<String> languages(double bilingual, double frenchOnly) {
        double r = random.nextDouble();
        return r < frenchOnly ? List.of("fr") : r < frenchOnly + bilingual ? List.of("en", "fr") : List.of("en");
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int queries = Integer.parseInt(args[2]);
        Files.createDirectories(out);
        SearchCorpus corpus = new SearchCorpus(seed);
        try (Writer sql = Files.newBufferedWriter(out.resolve("corpus.sql"), StandardCharsets.UTF_8)) {
            corpus.write(sql);
        }
        corpus.queries(out.resolve("queries.tsv"), queries);
        try (Writer stats = Files.newBufferedWriter(out.resolve("corpus-stats.txt"), StandardCharsets.UTF_8)) {
            corpus.stats(stats);
        }
        System.out.print(Files.readString(out.resolve("corpus-stats.txt")));
    }

    final class Copy {
        final Writer out;

        Copy(Writer out, String table, String columns) throws IOException {
            this.out = out;
            out.write("copy " + table + " (" + columns + ") from stdin;\n");
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                out.write(values[i] == null ? "\\N" : escape(values[i].toString()));
            }
            out.write('\n');
        }

        void end() throws IOException {
            out.write("\\.\n");
        }
    }

    static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String array(List<String> values) {
        StringBuilder s = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            s.append(i > 0 ? "," : "").append('"').append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    void write(Writer sql) throws IOException {
        sql.write("\\set ON_ERROR_STOP on\nbegin;\n");
        // Events first: articles, transcripts and photos belong to some of them.
        int events = 5000;
        List<Story> eventStories = new ArrayList<>();
        Copy event = new Copy(sql, "event", "id, starts_on, ends_on, time_zone, country, cancelled, status, published_at, updated_at");
        List<String[]> eventTexts = new ArrayList<>();
        for (int i = 1; i <= events; i++) {
            Story story = story();
            eventStories.add(story);
            Instant p = published(i);
            LocalDate starts = p.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(20);
            String country = random.nextInt(3) == 0 ? story.place().country() : EVENT_COUNTRIES[(int) Math.floor(Math.pow(random.nextDouble(), 1.5) * EVENT_COUNTRIES.length)];
            event.row(i, starts, starts.plusDays(random.nextInt(4)), "Europe/Brussels", country, false, "PUBLISHED", p, p);
            for (String lang : languages(0.8, 0)) {
                String description = "<p>" + text(lang, story, 80 + random.nextInt(221)) + "</p>";
                count("event", lang, description);
                eventTexts.add(new String[]{Integer.toString(i), lang, title(lang, story), "e" + i, "Conference Centre", story.place().city(), description});
            }
        }
        event.end();
        Copy eventText = new Copy(sql, "event_text", "event_id, lang, title, slug, venue, city, description");
        for (String[] row : eventTexts) {
            eventText.row((Object[]) row);
        }
        eventText.end();

        Copy article = new Copy(sql, "article", "id, type, status, published_at, updated_at, event_id");
        List<Object[]> articleTexts = new ArrayList<>();
        int id = 0;
        for (String[] kind : new String[][]{{"NEWS", "22000", "300", "800"}, {"PRESS_RELEASE", "12000", "250", "700"},
                {"STATEMENT", "6000", "120", "400"}, {"MEDIA_ADVISORY", "5000", "150", "350"}}) {
            for (int n = 0; n < Integer.parseInt(kind[1]); n++) {
                id++;
                Integer eventId = random.nextInt(3) == 0 || kind[0].equals("MEDIA_ADVISORY") ? 1 + random.nextInt(events) : null;
                Story story = eventId != null && random.nextBoolean() ? eventStories.get(eventId - 1) : story();
                Instant p = published(id);
                article.row(id, kind[0], "PUBLISHED", p, p, eventId);
                int min = Integer.parseInt(kind[2]);
                int length = min + random.nextInt(Integer.parseInt(kind[3]) - min + 1);
                for (String lang : languages(0.45, 0.08)) {
                    String lead = text(lang, story, 25 + random.nextInt(21));
                    String body = body(lang, story, length);
                    count(kind[0].toLowerCase(Locale.ROOT).replace('_', '-'), lang, lead + " " + body);
                    articleTexts.add(new Object[]{id, lang, title(lang, story), "a" + id, lead, body});
                }
            }
        }
        article.end();
        Copy articleText = new Copy(sql, "article_text", "article_id, lang, title, slug, lead, body");
        for (Object[] row : articleTexts) {
            articleText.row(row);
        }
        articleText.end();
        articleTexts.clear();

        Copy transcript = new Copy(sql, "transcript", "id, type, event_id, delivered_at, delivery, original_lang, status, published_at, updated_at");
        Copy transcriptText = null;
        List<Object[]> texts = new ArrayList<>();
        List<Object[]> turns = new ArrayList<>();
        int textId = 0;
        // type, share in a thousand, turns min and max, words per answer min and max
        int[][] shapes = {{0, 300, 20, 45, 60, 250}, {1, 200, 8, 20, 80, 200}, {2, 150, 10, 24, 50, 180}, {3, 150, 8, 16, 40, 150},
                {4, 200, 4, 10, 30, 120}};
        String[] transcriptTypes = {"PRESS_CONFERENCE", "SPEECH", "INTERVIEW", "PRESS_POINT", "DOORSTEP"};
        for (int i = 1; i <= 12000; i++) {
            int pick = random.nextInt(1000);
            int[] shape = shapes[0];
            for (int[] s : shapes) {
                if (pick < s[1]) {
                    shape = s;
                    break;
                }
                pick -= s[1];
            }
            Integer eventId = random.nextInt(2) == 0 ? 1 + random.nextInt(events) : null;
            Story story = eventId != null && random.nextBoolean() ? eventStories.get(eventId - 1) : story();
            Instant p = published(i);
            String type = transcriptTypes[shape[0]];
            transcript.row(i, type, eventId, p.minusSeconds(3600), "AS_DELIVERED", "en", "PUBLISHED", p, p);
            int turnCount = shape[2] + random.nextInt(shape[3] - shape[2] + 1);
            List<Person> speakers = story.cast().subList(0, type.equals("SPEECH") ? 1 : Math.min(story.cast().size(), 1 + random.nextInt(3)));
            for (String lang : random.nextInt(4) == 0 ? List.of("en", "fr") : List.of("en")) {
                textId++;
                List<String> named = speakers.stream().map(s -> s.name() + ", " + role(s, lang)).toList();
                texts.add(new Object[]{textId, i, lang, title(lang, story), "t" + i, array(named)});
                StringBuilder all = new StringBuilder();
                for (int t = 1; t <= turnCount; t++) {
                    boolean question = !type.equals("SPEECH") && t > 1 && t % 2 == 0;
                    int length = question ? 15 + random.nextInt(36) : shape[4] + random.nextInt(shape[5] - shape[4] + 1);
                    String said = text(lang, story, length);
                    if (!question) {
                        phrase(said);
                    }
                    all.append(said).append(' ');
                    turns.add(new Object[]{textId, t, question, question ? (lang.equals("en") ? "Journalist" : "Journaliste")
                            : speakers.get(random.nextInt(speakers.size())).name(), said});
                }
                count("transcript", lang, all.toString());
            }
        }
        transcript.end();
        transcriptText = new Copy(sql, "transcript_text", "id, transcript_id, lang, title, slug, speakers");
        for (Object[] row : texts) {
            transcriptText.row(row);
        }
        transcriptText.end();
        Copy turn = new Copy(sql, "transcript_turn", "transcript_text_id, position, question, speaker, text");
        for (Object[] row : turns) {
            turn.row(row);
        }
        turn.end();
        turns.clear();

        Copy photo = new Copy(sql, "photo", "id, event_id, taken_at, photographer, credit, download, width, height, status, published_at, updated_at");
        List<Object[]> captions = new ArrayList<>();
        for (int i = 1; i <= 28000; i++) {
            Integer eventId = random.nextInt(2) == 0 ? 1 + random.nextInt(events) : null;
            Story story = eventId != null ? eventStories.get(eventId - 1) : story();
            Instant p = published(i);
            Person photographer = people.get(random.nextInt(40));
            photo.row(i, eventId, p, photographer.name(), "© Council / " + photographer.name(), "PUBLIC", 3000, 2000, "PUBLISHED", p, p);
            int length = 12 + random.nextInt(29);
            for (String lang : languages(0.7, 0)) {
                String caption = text(lang, story, length);
                count("photo", lang, caption);
                captions.add(new Object[]{i, lang, caption, "p" + i});
            }
        }
        photo.end();
        Copy photoText = new Copy(sql, "photo_text", "photo_id, lang, caption, slug");
        for (Object[] row : captions) {
            photoText.row(row);
        }
        photoText.end();

        String[] videoTypes = {"PRESS_CONFERENCE", "SPEECH", "DOORSTEP", "B_ROLL", "SOUNDBITE", "PACKAGE", "INTERVIEW"};
        Copy video = new Copy(sql, "video_asset", "id, status, title, original_name, created_at, updated_at, ready_at, summary, "
                + "recorded_on, location, video_type, publish, credit");
        List<Object[]> shots = new ArrayList<>();
        for (int i = 1; i <= 10000; i++) {
            Story story = story();
            Instant p = published(i);
            String lang = random.nextInt(4) == 0 ? "fr" : "en";
            String title = title(lang, story);
            String summary = text(lang, story, 30 + random.nextInt(51));
            video.row(i, "READY", title, "v" + i + ".mxf", p, p, p, summary, p.atOffset(ZoneOffset.UTC).toLocalDate(),
                    story.place().city(), videoTypes[random.nextInt(videoTypes.length)], true, "© Council");
            int count = 4 + random.nextInt(12);
            double at = 0;
            StringBuilder all = new StringBuilder(summary);
            for (int s = 1; s <= count; s++) {
                boolean soundbite = random.nextInt(4) == 0;
                double length = 3 + random.nextInt(soundbite ? 40 : 12);
                String description = text(lang, story, 5 + random.nextInt(16));
                all.append(' ').append(description);
                Person who = story.cast().get(random.nextInt(story.cast().size()));
                shots.add(new Object[]{i, s, String.format(Locale.ROOT, "%.3f", at), String.format(Locale.ROOT, "%.3f", at + length),
                        soundbite ? "SOUNDBITE" : "SHOT", description, soundbite ? who.name() + ", " + role(who, lang) : "", soundbite ? lang : ""});
                at += length;
            }
            count("video", lang, all.toString());
        }
        video.end();
        Copy shot = new Copy(sql, "video_shot", "asset_id, position, starts_at, ends_at, kind, description, speaker, language");
        for (Object[] row : shots) {
            shot.row(row);
        }
        shot.end();
        for (String table : List.of("event", "article", "transcript", "transcript_text", "photo", "video_asset")) {
            sql.write("select setval(pg_get_serial_sequence('" + table + "', 'id'), (select max(id) from " + table + "));\n");
        }
        sql.write("commit;\nanalyze;\n");
    }

    /**
     * What journalists type, out of 100 searches (documented in bench/search.sh):
     * 28 a person's name (18 the full name, 10 the last name alone), the people drawn as often as items name them;
     * 12 a quoted phrase remembered from a quote or a transcript ("..." with 3 to 6 words);
     * 22 one or two words of a topic; 11 two or three words of a topic;
     * 8 a name and a topic word; 8 a city (half with a topic word); 6 topic words in a month (from and to);
     * 5 no words (the newest items, half of them of one type).
     * Then, on any search with words: a type filter on 15, a language filter on 8, "past 30 days" or
     * "past year" on 10, sorted by date on 8; and 2 of 100 have a typo (a letter changed).
     */
    void queries(Path file, int count) throws IOException {
        String[] types = {"news", "press-release", "statement", "media-advisory", "transcript", "photo", "video", "event"};
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("# kind\tq\ttype\tlang\tfrom\tto\tsort\n");
            for (int i = 0; i < count; i++) {
                Story story = story();
                String lang = random.nextInt(3) == 0 ? "fr" : "en";
                String[] topic = story.topic();
                int base = lang.equals("en") ? 0 : 12;
                Person person = story.cast().get(0);
                int k = random.nextInt(100);
                String kind;
                String q;
                String type = null;
                String from = null;
                String to = null;
                if (k < 18) {
                    kind = "name";
                    q = person.name();
                } else if (k < 28) {
                    kind = "last-name";
                    q = person.name().substring(person.name().indexOf(' ') + 1);
                } else if (k < 40) {
                    kind = "phrase";
                    q = "\"" + phrases.get(random.nextInt(phrases.size())) + "\"";
                } else if (k < 62) {
                    kind = "topic";
                    q = topic[base + random.nextInt(12)] + (random.nextBoolean() ? " " + topic[base + random.nextInt(12)] : "");
                } else if (k < 73) {
                    kind = "topic-words";
                    q = topic[base + random.nextInt(12)] + " " + topic[base + random.nextInt(12)]
                            + (random.nextBoolean() ? " " + topic[base + random.nextInt(12)] : "");
                } else if (k < 81) {
                    kind = "name-topic";
                    q = person.name() + " " + topic[base + random.nextInt(12)];
                } else if (k < 89) {
                    kind = "place";
                    q = story.place().city() + (random.nextBoolean() ? " " + topic[base + random.nextInt(12)] : "");
                } else if (k < 95) {
                    kind = "topic-month";
                    q = topic[base + random.nextInt(12)];
                    LocalDate month = today.minusMonths(random.nextInt(36)).withDayOfMonth(1);
                    from = month.toString();
                    to = month.plusMonths(1).minusDays(1).toString();
                } else {
                    kind = "newest";
                    q = "";
                    type = random.nextBoolean() ? types[random.nextInt(types.length)] : null;
                }
                String filterLang = null;
                String sort = null;
                if (!q.isEmpty()) {
                    if (random.nextInt(100) < 15) {
                        type = types[random.nextInt(types.length)];
                    }
                    if (random.nextInt(100) < 8) {
                        filterLang = lang;
                    }
                    if (from == null && random.nextInt(100) < 10) {
                        from = today.minusDays(random.nextBoolean() ? 29 : 364).toString();
                        to = today.toString();
                    }
                    if (random.nextInt(100) < 8) {
                        sort = "date";
                    }
                    if (random.nextInt(100) < 2) {
                        kind = kind + "+typo";
                        q = typo(q);
                    }
                }
                out.write(String.join("\t", kind, q, blank(type), blank(filterLang), blank(from), blank(to), blank(sort)) + "\n");
            }
        }
    }

    String typo(String q) {
        int at = random.nextInt(q.length());
        while (!Character.isLetter(q.charAt(at))) {
            at = (at + 1) % q.length();
        }
        return q.substring(0, at) + (char) ('a' + random.nextInt(26)) + q.substring(at + 1);
    }

    static String blank(String s) {
        return s == null ? "" : s;
    }

    void stats(Writer out) throws IOException {
        out.write(String.format(Locale.ROOT, "corpus: %-16s %8s %12s%n", "type lang", "versions", "mean words"));
        for (var e : items.entrySet()) {
            out.write(String.format(Locale.ROOT, "corpus: %-16s %,8d %,12d%n", e.getKey(), e.getValue(), words.get(e.getKey())[0] / e.getValue()));
        }
        out.write(String.format(Locale.ROOT, "corpus: vocabulary %,d words per language (Zipf), %,d people, %,d cities, %,d topics%n",
                vocabulary.get("en").words.length, people.size(), places.size(), topics.size()));
    }
}
