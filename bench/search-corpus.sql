-- The search benchmark's corpus, written straight into Pressroom's content tables: 100,000 published items
-- (5,000 events, 50,000 articles, 20,000 transcripts with 6 to 14 turns, 25,000 photos), half of the articles,
-- a third of the transcripts and most events and photos also in French, with lengths like a press office's
-- (articles of 150 to 450 words, turns of 30 to 110). Words are drawn from a press-room vocabulary per language,
-- frequent words more often. About 1% is scheduled for later (embargoed). Dates spread over three years.
\set ON_ERROR_STOP on
begin;

create temporary table vocabulary (lang text primary key, words text[]);
insert into vocabulary values
('en', string_to_array('the council coastal states fisheries ministers said today agreement sea ocean stocks fishing sardine sardinella mackerel tuna catch limits quota vessels fleet harbour port coast erosion storm surge warning network mangrove restoration fund financing adaptation climate plastic litter pollution oil spill tanker grounding navy coastguard safety shipping route arctic ice research scientists assessment stock recovery protection marine reserve coral reef trawling ban illegal unreported unregulated inspection control data satellite monitoring community fishermen women youth jobs market price export import trade development bank loan grant project infrastructure dike sea wall beach sand extraction construction tourism cruise container cargo pilot training summit conference press briefing statement declaration resolution vote members delegation minister secretary general spokesperson president chair commission committee working group expert report annual review plan action roadmap strategy targets commitments binding political legal framework treaty convention protocol signature ratification deadline accreditation media journalists broadcasters video photos transcript interview doorstep senegal gambia guinea morocco portugal spain france belgium norway iceland brazil angola ghana nigeria kenya india singapore indonesia dakar lisbon brussels reykjavik accra lagos mombasa', ' ')),
('fr', string_to_array('le la les des du conseil côtiers états pêche ministres a déclaré aujourd''hui accord mer océan stocks sardine sardinelle maquereau thon limites de capture quota navires flotte port côte érosion submersion alerte réseau mangrove restauration fonds financement adaptation climat plastique déchets pollution marée noire pétrolier échouement marine garde-côtes sécurité navigation route arctique glace recherche scientifiques évaluation reconstitution protection réserve marine récif corallien chalutage interdiction illicite non déclarée non réglementée inspection contrôle données satellite surveillance communauté pêcheurs femmes jeunes emplois marché prix exportation importation commerce banque développement prêt subvention projet infrastructure digue plage sable extraction construction tourisme croisière conteneurs cargaison pilote formation sommet conférence point de presse déclaration résolution vote membres délégation ministre secrétaire général porte-parole président commission comité groupe de travail experts rapport annuel examen plan d''action feuille de route stratégie objectifs engagements contraignants cadre juridique politique traité convention protocole signature ratification échéance accréditation médias journalistes diffuseurs vidéo photos transcription entretien l''OTAN l''Atlantique d''Afrique l''adaptation sénégal gambie guinée maroc portugal espagne france belgique norvège islande brésil angola ghana nigeria kenya inde singapour dakar lisbonne bruxelles reykjavik', ' '));

-- n words of a language, the first words of its vocabulary drawn most often, with a full stop now and then.
create function pg_temp.words(language text, n int) returns text language sql volatile as $$
  select string_agg(v.words[1 + floor(power(random(), 2) * array_length(v.words, 1))::int]
                    || case when random() < 0.07 then '.' else '' end, ' ')
  from vocabulary v, generate_series(1, greatest(n, 1)) where v.lang = language
$$;

create function pg_temp.published(i int) returns timestamptz language sql volatile as $$
  select now() - (random() * interval '1095 days') + case when i % 100 = 0 then interval '30 days' * (1 + random()) else interval '0' end
$$;

insert into event (starts_on, ends_on, time_zone, country, cancelled, status, published_at, updated_at)
select d, d + (i % 4), 'Europe/Brussels', (array['SN','GM','MA','PT','ES','FR','BE','NO','IS','BR','AO','GH','NG','KE','IN','SG'])[1 + i % 16],
       false, 'PUBLISHED', p, p
from generate_series(1, 5000) i, lateral (select pg_temp.published(i) p) pp, lateral (select (p + interval '20 days')::date d) dd;
insert into event_text (event_id, lang, title, slug, venue, city, description)
select e.id, l, initcap(pg_temp.words(l, 6 + (e.id % 5)::int)), 'bench-event-' || e.id, 'Conference Centre', 'City',
       '<p>' || pg_temp.words(l, 80 + (e.id % 120)::int) || '</p>'
from event e, unnest(array['en','fr']) l where l = 'en' or e.id % 5 <> 0;

insert into article (type, status, published_at, updated_at, event_id)
select (array['NEWS','PRESS_RELEASE','MEDIA_ADVISORY','STATEMENT'])[1 + i % 4], 'PUBLISHED', p, p,
       case when i % 3 = 0 then (select min(id) from event) + (i % 5000) end
from generate_series(1, 50000) i, lateral (select pg_temp.published(i) p) pp;
insert into article_text (article_id, lang, title, slug, lead, body)
select a.id, l, initcap(pg_temp.words(l, 8 + (a.id % 6)::int)), 'bench-article-' || a.id,
       pg_temp.words(l, 25 + (a.id % 20)::int), '<p>' || pg_temp.words(l, 150 + (a.id * 7 % 300)::int) || '</p>'
from article a, unnest(array['en','fr']) l where l = 'en' or a.id % 2 = 0;

insert into transcript (type, event_id, delivered_at, delivery, original_lang, status, published_at, updated_at)
select (array['SPEECH','PRESS_CONFERENCE','DOORSTEP','PRESS_POINT','INTERVIEW'])[1 + i % 5],
       case when i % 2 = 0 then (select min(id) from event) + (i % 5000) end, p - interval '1 hour', 'AS_DELIVERED', 'en',
       'PUBLISHED', p, p
from generate_series(1, 20000) i, lateral (select pg_temp.published(i) p) pp;
insert into transcript_text (transcript_id, lang, title, slug, speakers)
select x.id, l, initcap(pg_temp.words(l, 7 + (x.id % 5)::int)), 'bench-transcript-' || x.id,
       array[(array['Hélène Varga','Jonas Berg','Tomás Okafor','Awa Ndiaye Sarr','Ana Lima','Kofi Mensah','Ingrid Solberg','Rahul Menon'])[1 + x.id % 8] || ', Spokesperson']
from transcript x, unnest(array['en','fr']) l where l = 'en' or x.id % 3 = 0;
insert into transcript_turn (transcript_text_id, position, question, speaker, text)
select t.id, g, g % 4 = 0, case when g % 4 = 0 then 'Journalist' else split_part(t.speakers[1], ',', 1) end,
       pg_temp.words(t.lang, 30 + ((t.id * g) % 80)::int)
from transcript_text t, generate_series(1, 6 + (t.id % 9)::int) g;

insert into photo (event_id, taken_at, photographer, credit, download, width, height, status, published_at, updated_at)
select case when i % 2 = 0 then (select min(id) from event) + (i % 5000) end, p, 'Aminata Kane', '© Council / Aminata Kane',
       'PUBLIC', 3000, 2000, 'PUBLISHED', p, p
from generate_series(1, 25000) i, lateral (select pg_temp.published(i) p) pp;
insert into photo_text (photo_id, lang, caption, slug)
select ph.id, l, pg_temp.words(l, 15 + (ph.id % 15)::int), 'bench-photo-' || ph.id
from photo ph, unnest(array['en','fr']) l where l = 'en' or ph.id % 5 <> 0;

commit;
select (select count(*) from event) + (select count(*) from article) + (select count(*) from transcript) + (select count(*) from photo) as items,
       pg_size_pretty(pg_database_size(current_database())) as database_size;
