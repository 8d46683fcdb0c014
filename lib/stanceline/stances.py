"""Stances: who holds which position on which issue, according to an article, with its evidence.

A stance is actor × issue × polarity (``support``, ``oppose``, ``conditional`` with the condition as
text), with the sentence that states it, its character offsets in the article body, and the
attribution chain outlet → cited source → speaker (``../shared/schema.md``).

Method (rule-based, knowledge in ``knowledge/issues.yaml`` and ``knowledge/stance_cues.yaml``):

1. **Mentions.** Actors from the gazetteer (names and descriptive references, :mod:`stanceline.actors`),
   plan nouns («план», "the draft") and personal pronouns. A mention inside a prepositional phrase
   («від України») or in an oblique case (when the morphology says so; not for indeclinable abbreviations
   such as «США»), and an English name right after a lexical verb (its object: "pressed Kyiv"), cannot
   hold a stance; a time phrase («у неділю») closes after its noun. A state's adjective on a noun for
   its government («бельгійський уряд», "the Belgian government") stands for the state.
2. **Issues.** Issue patterns over lemmas in a window (bag of slots); a negation right before an issue
   phrase flips it, *inverted* phrases («вступ до НАТО») flip it too.
3. **Clauses.** Complementizers («що», "that"), relative pronouns, coordinators after a comma, dashes
   and condition markers cut the sentence into clauses; a condition clause ends at the first comma
   that resumes a clause with its own verb.
4. **Cues.** An attitude word (``support``/``oppose``; negation flips it) takes as *holder* the nearest
   mention on its left in its clause — or, with a dependency parse, its ``nsubj`` — else a mention
   right after it, else the speaker of the reported-speech frame around it. Its *scope* runs from its
   clause start to the next cue; the issues there are what it is about. A cue with no issue in scope
   takes the issue an anaphor points back to («чого», «такі вимоги», "it") or, when its object is
   elided («Бельгія погоджується лише за умови…»), the previous sentence's issue. A *term* set on an
   issue (``terms`` in issues.yaml: «Бельгія вимагає, щоб ризики розділили всі») demanded right after
   the cue makes the stance conditional on it, once the article has named the issue.
5. **Reported speech.** «X заявив, що …», «за словами X», "…, he said": the speaker becomes the
   ``speaker`` column; an issue stated as the content of a threat or promise (warned/threatened verbs,
   a condition, or a modal) with no attitude word is the speaker's own stance, and what such a threat
   is conditioned on is the speaker's demand (Putin: the fighting stops *if* troops leave -> he
   demands the withdrawal). So is what a speaker puts before an outcome («референдум лише після
   припинення вогню», "only after a ceasefire"), unless it is a plan or the condition has its own attitude word.
6. **Exclusions.** Clauses with the journalist's hedges («ймовірно», "likely") outside reported
   speech, explicitly past positions («колись», "used to"), and cues inside a condition clause
   (hypothetical) produce no stance. Positions whose holder the text does not name produce none.

7. **Across sentences.** A sentence that is only a restrictive condition («Але лише за умови, що …»,
   "But only if …") makes the stances of the sentence before it conditional and repeats them; a
   sentence opened by «У такому разі» / "In that case" takes that condition for the issue it names
   again. After a sentence that states a plan's content, an issue with a modal or future verb in a
   plain statement («Україна також має отримати гарантії безпеки») is more of the plan.
8. **Sign of an issue.** Negation or a prohibitive verb flips it; negative concord («не піде на жодні
   компроміси») counts once; a denied existence («перемир'я не буде») flips it and makes it a
   position; a *compromise* phrase is signed by the side that gains from the proposition (Russia
   refusing to compromise on Crimea supports recognition; Ukraine refusing opposes it).

9. **Several parties.** Real reports give one position to several holders. A coordinated subject of a
   plural verb («Вашингтон і Київ підтримали»), people joined by «разом із» / "together with" or named
   after «між» / "between", two sides' adjectives on one group noun («американська й українська
   сторони»), an English passive's agents ("agreed by U.S. and Ukrainian negotiators") and the authors
   a participle names after a plan («документ, напрацьований українськими та американськими
   переговорниками») are the *parties*: the stance goes to each of them. «Вони», «за їхніми словами»
   in the next sentence and collective nouns («підписанти», «учасники», "both sides") up to two
   sentences later refer to them; a statement («у заяві йдеться», "the statement said") holds what
   whoever issued it holds. Three or more people of one side count as their side. With no parties named,
   the place of a round of two delegations (``knowledge/rounds.yaml``, held by the article's date) says
   who they are: «на женевських переговорах … Там сторони погодили …», "in Geneva, both delegations"
   (named in a sentence about talks or the sides at them; another city named after it moves the text on).
10. **Frames real news uses.** A colon after a clause about an actor opens that actor's words ("He was
   blunt about the price: …"); a dash before a speech verb that points back («… — на цьому учасники
   наголосили») closes quoted content; an impersonal plural takes the seat of power it names («у
   Вашингтоні пропонують»); "either … or" and «в іншому разі» make a threat conditional; a future
   commitment in reported speech, or one in the conditional mood ("would", «бы»), is a stance of the
   clause's subject when that is another side («Мерц висловив переконання, що США захищатимуть
   Україну»); a converb speech verb («…, заявивши, що») has the subject of its main clause; what another
   side *must* do in reported speech is the speaker's demand («Путін заявив, що Київ має погодитися»);
   the dative of «Україні настав час …» names whom it concerns, not the holder. An attitude word whose
   object is another one composes with it («відмовився підтримати», "rejected calls for" = oppose).
   «Обидва президенти», "both presidents" are the two presidents who acted last; a measure said to drag
   out the war («перемир'я лише затягне війну») is opposed. A bare title prefers the person who acted
   over one acted upon; a statement "from" a place («заяви з європейських столиць») was issued there; a
   parenthetical speaker ("Russia, he said, wants …") speaks for the subject before it, not as its holder;
   elections named as one way to decide («на виборах чи референдумі») are a procedure, not a position. The outlet's own questions hold nothing.

11. **What the rules leave unread.** An issue the rules found in a sentence goes, for every side they
   gave no position on it there, to a classifier trained on the dev gold (:mod:`stanceline.stances_learned`),
   which scores each actor of that side the sentence names, speaks through or points back to; accepted
   rows have ``method='learned'``. ``learned=False`` turns this off.

Pronouns («він», «вона», "he") resolve to the last person who held a stance or spoke, in the same
sentence or earlier; bare titles («президент», "the chancellor") to the person with that title named
last (``titles`` in ``knowledge/actors.yaml``); «його країна» to the state of the person named before
it; "they" to the last group, or to the parties of the last joint act. Plans resolve to their
proposer (a possessor such as «американський», their authors, else the last plan proposer in the
article, else ``default_plan_proposer``).
"""
from __future__ import annotations

from collections import namedtuple
from dataclasses import asdict, dataclass, field, replace
from functools import lru_cache
from typing import Iterable

import pandas as pd

from .actors import Actor, load_actors
from .compare import load_rounds
from .stances_lexicon import COMPROMISE, Lexicon, compile_pattern, load_lexicon, match_patterns, resolve_sign, token_key

__all__ = ["Stance", "STANCE_COLUMNS", "extract_stances", "extract_article_stances", "stances_to_frame"]

STANCE_COLUMNS = ["article_id", "outlet", "language", "published", "actor", "side", "issue", "polarity", "condition",
                  "evidence", "start_char", "end_char", "source", "speaker", "cue", "method"]

_PREPOSITIONS = {
    "uk": {"від", "з", "із", "зі", "до", "у", "в", "на", "для", "про", "між", "із", "за", "під", "над", "через", "без",
           "щодо", "проти", "перед", "при", "по", "зі", "поміж", "серед", "навколо", "біля"},
    "ru": {"от", "с", "со", "до", "у", "в", "во", "на", "для", "про", "между", "за", "под", "над", "через", "без",
           "против", "перед", "при", "по", "к", "ко", "о", "об", "среди", "из"},
    "en": {"from", "with", "to", "in", "on", "for", "about", "between", "by", "of", "against", "at", "into", "over",
           "without", "among", "toward", "towards", "than"},
}
# a statement named again («у заяві», «підписанти», "the signatories") speaks for the authors of the last
# statement however far back; a bare «документ» / "document" / «текст» stands for that statement only
# fewer than this many sentences after it was issued or named, and while no plan was named since
_STATEMENT_AGE = 3
_BE_FORMS = {"is", "are", "was", "were", "be", "been", "being"}
_GIVE = {"offer", "promise", "give", "grant", "guarantee"}  # verbs whose passive subject receives
_GENERIC_DOCUMENTS = {"документ", "document", "текст", "text"}
_AND = {"і", "й", "та", "и", "and"}  # conjunctions that join coordinated actors
_JOINT = {"спільний", "совместный", "joint"}  # «спільна заява», "a joint statement"
_MEANS = {"телефон", "телефонний", "телефонный", "відеозв'язок", "видеосвязь", "phone", "telephone", "video", "link"}
# a quantity between a conjunction and the actors it joins («і низка європейських лідерів», "and a number of")
_QUANTITY_WORDS = {"низка", "ряд", "кілька", "декілька", "несколько", "група", "группа", "a", "number", "of",
                   "several", "group", "інший", "другой", "other"}
_OBLIQUE = {"Gen", "Ins"}  # Dat/Loc forms often coincide with nominative plurals («американці»)
_BOUNDARY_PUNCT = {";", "—", "–", ":"}
_DASHES = {"—", "–", "-"}
_QUOTES = {'"', "»", "”", "“", "«", "'"}
# nouns that open speech ("Putin's warning that", "Our position is that": the tagger may read them as verbs)
_SPEECH_NOUNS = {"warning", "threat", "insistence", "position", "bottom", "попередження", "погроза", "позиція",
                 "предупреждение", "угроза", "позиция"}
# the words of "no point in", «немає сенсу», «нет смысла»
_POINT_WORDS = {"point", "sense", "reason", "grounds", "сенс", "смысл", "підстава", "основание"}
# who stands by a country without being it ("Kyiv's allies", "Ukraine's Western backers")
_SUPPORTERS = {"ally", "allies", "partner", "backer", "supporter", "friend", "neighbour", "neighbor", "sponsor", "patron"}
# «немає», «нет»: a having denied («у Києва немає права»); the one who has not is «у» with the genitive
_HAS_NOT = {"немати", "немає", "нема", "нет"}
# nouns of the plan family whose complement is what they propose, not their name («ідея розміщення миротворців»)
_IDEA_NOUNS = {"ідея", "пропозиція", "контрпропозиція", "задум", "идея", "предложение", "контрпредложение", "замысел",
               "idea", "proposal", "counterproposal", "counter-proposal"}
# "until", «доки», «, поки», «до тех пор, пока»: a condition that must come true first ("no ceasefire until Kyiv
# withdraws" is a ceasefire on that condition, not a refusal); without a clause of its own ("until Friday") it is a time
# (in Ukrainian and Russian the clause carries its own «не»: «доки Україна не виведе війська»)
# («виступила проти зняття санкцій до того, як Москва виплатить репарації», "no relief before Russia pays": "before",
# like "until", waits on a clause, but with no «не» of its own)
_BEFORE_CLAUSE = {"до того , як", "до того , как", "перш ніж", "прежде чем", "before"}
_UNTIL = {"until", "доки", ", поки", ", пока", "до тих пір , поки", "до тех пор , пока"} | _BEFORE_CLAUSE
_BARE_CONDITIONS = {"інакше", "иначе", "otherwise", "в іншому разі", "в іншому випадку", "у противному разі",
                     "в противному разі", "в противном случае", "в ином случае", "or else", "failing that", "failing which"}
# verbs of writing a document («напрацювати», "draft"): their subject is the plan's authors
_AUTHORING_VERBS = {"напрацювати", "розробити", "підготувати", "скласти", "написати", "розробляти", "готувати",
                    "представити", "презентувати",
                    "разработать", "подготовить", "составить", "написать", "разрабатывать", "готовить",
                    "представить", "презентовать",
                    "draft", "prepare", "write", "develop", "author", "present", "unveil", "submit"}
_AUTHORING_PHRASAL = {"work": "out", "draw": "up"}  # "worked out", "drew up" (not "work with")
# a view that will change («позиція Москви зміниться», "Moscow's view would be different")
_VIEW_NOUNS = {"позиція", "ставлення", "погляд", "оцінка", "позиция", "отношение", "взгляд", "оценка",
               "position", "attitude", "view", "stance", "assessment"}
_CHANGE_WORDS = {"змінитися", "змінюватися", "інший", "измениться", "меняться", "иной", "другой", "change",
                 "different", "shift"}
_DESCRIBE = {"описати", "описувати", "описать", "описывать", "describe"}  # a plan described, not proposed
_RUSSIAN_FORCES = ("russian", "російськ", "российск", "moscow's")  # before troops: a Russian pullback
_UKRAINIAN_FORCES = ("ukrainian", "українськ", "украинск", "ukraine", "kyiv", "україн", "київ", "украин", "киев")
_WITHDRAWAL_NOUNS = ("вивед", "вивід", "відвед", "відхід", "вивод", "вывод", "отвод", "отход", "уход", "withdrawal", "pullback",
                     "pull-back", "pullout", "pull-out")
_TROOPS = ("troop", "force", "unit", "army", "soldier", "військ", "війсь", "підрозділ", "частин", "сил", "войск",
           "подразделен", "част", "арми")
_DEMAND_VERBS = {"вимагати", "вимогти", "домагатися", "наполягати", "требовать", "потребовать", "добиваться", "настаивать",
                 "demand", "insist", "seek"}
_CHANCES = {"шанс", "шанси", "перспектива", "успіх", "шансы", "успех", "chance", "prospect", "success"}
# a precondition named as such («передумова», "precondition"), or a condition called necessary («необхідна
# умова», «обязательное условие»), with the words that may join it to the measure before it («як», "as", «—»)
_PRECONDITIONS = {"передумова", "умова", "условие", "предусловие", "precondition", "prerequisite", "condition"}
_NECESSARY = ("необхідн", "обов'язков", "обов’язков", "ключов", "головн", "непремінн", "принципов", "необходим", "обязательн",
              "ключев", "главн", "непременн", "принципиальн", "necessary", "essential", "key", "main", "indispensable")
_LINKS = {"як", "как", "as", "є", "бути", "быть", "be", "це", "это", "залишатися", "оставаться", "remain", "стати", "become",
          "make", "розглядати", "рассматривать", "see", "call", "назвати", "називати", "назвать", "называть", "вважати", "считать", "consider"}
_FOR_OF = {"для", "до", "for", "of"}
_ANY_WORDS = {"any", "every", "будь-який", "будь-яка", "будь-якої", "любой", "всякий"}
# a view that would change («ставлення зміниться», «оцінюватиме інакше», "would view it differently"): an attitude
# word only with the condition it would change on
_VIEW_CHANGES = {"differently", "different", "change", "змінитися", "зміниться", "інакше", "измениться", "изменится", "иначе"}
_REFUSE_VERBS = {"відмовитися", "відмовлятися", "отказаться", "отказываться", "refuse", "decline"}
# verbs of going on («спецоперація триватиме», "the offensive will continue")
_GO_ON = {"тривати", "продовжити", "продовжувати", "продовжуватися", "продовжитися", "продолжить", "продолжать",
          "продолжаться", "продолжиться", "continue", "persist"}
# waiting: what waits "until" something happens comes only after it, on that condition
_WAIT = {"wait", "чекати", "почекати", "зачекати", "чекатиме", "ждать", "подождать", "подождет", "подождут"}
# verbs that stop a measure: a refusal with «доки … не»/"until" is lifted once the condition holds
_BLOCK_VERBS = {"блокувати", "заблокувати", "блокировать", "заблокировать", "block", "veto", "ветувати"}
_REJECT_VERBS = {"відкидати", "відкинути", "відхиляти", "відхилити", "отвергать", "отвергнуть", "отклонять", "отклонить",
                 "reject", "dismiss", "rule"}
# verbs of appeal and persuasion: their object is asked to do what the verb after it names
_APPEAL = {"закликати", "переконувати", "переконати", "змусити", "змушувати", "примусити", "схиляти", "схилити", "умовляти",
           "вмовляти", "просити", "попросити", "підштовхувати", "штовхати", "тиснути", "призывать", "призвать", "убеждать",
           "убедить", "заставить", "заставлять", "вынудить", "вынуждать", "склонять", "склонить", "уговаривать",
           "уговорить", "просить", "попросить", "подталкивать", "urge", "persuade", "convince", "force", "press", "push",
           "ask", "pressure", "pressurize", "pressurise"}
# sides at war or in open dispute over it: what one says the other will do is its own demand, not the other's word
_ADVERSARIES = {frozenset(("Russia", "Ukraine")), frozenset(("Russia", "Europe")), frozenset(("Russia", "NATO"))}
# participles of proposing: whoever a measure is proposed by (see _Extractor._proposed_by)
_PROPOSE_EN = {"propose", "offer", "suggest", "demand", "table", "float", "put"}
_PROPOSED_PART = ("запропонован", "пропонован", "висунут", "предложенн", "предлагаем", "выдвинут")
# doubting or questioning, and words that ask (see the denials in _Extractor._sentence_stances)
_DOUBT = {"сумніватися", "засумніватися", "сумнів", "усомниться", "сомневаться", "сомнение", "doubt", "question"}
_ASKING = {"чи", "ли", "whether", "why", "if", "навіщо", "зачем", "чому", "почему"}
_SHARE = {"погодитися", "погоджуватися", "согласиться", "соглашаться", "agree", "disagree"}
_REGARD = {"regard", "view", "see", "consider", "treat", "describe"}  # "regard X as Y"
_ATTACK_WORDS = {"удар", "обстріл", "атака", "обстрел", "strike", "attack", "shelling"}
_STATEMENT_WORDS = {"заява", "заявление", "слово", "слова", "statement", "remarks", "words", "comments"}
_DENY_FACT = {"заперечити", "заперечувати", "спростувати", "спростовувати", "опровергнуть", "опровергать", "отрицать",
              "deny"}  # with «що»/"that" after them: a fact denied
_DISCUSS = {"обговорювати", "обговорити", "обсуждать", "обсудить", "discuss"}
_NEGATORS = {"не", "not", "no", "ні", "ни"}  # a negation a few words before a noun or verb it denies
_AFTER = {"після", "после", "after"}
_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
           "december", "січень", "лютий", "березень", "квітень", "травень", "червень", "липень", "серпень", "вересень",
           "жовтень", "листопад", "грудень", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август",
           "сентябрь", "октябрь", "ноябрь", "декабрь"}
_CONCLUDING = {"укладення", "підписання", "досягнення", "заключение", "подписание", "достижение", "signing", "sign", "conclusion",
               "of"}  # (what a deal's conclusion is called: «після укладення угоди» is after the deal)
_REARM = ("rearm", "regroup", "переозбро", "перегрупу", "перевооруж", "перегруппир")  # a measure's use to Ukraine's army
_ONLY = {"лише", "тільки", "лиш", "лишь", "только", "only"}
# pronouns that point back at what the sentence before said («це відбудеться лише тоді, коли …», "that would only …")
_POINTING = {"це", "воно", "это", "оно", "that", "this", "it"}
_PLAN_VERBS = {"offer", "propose", "call", "rule", "demand", "require", "seek", "insist", "urge"}  # (attitude verbs only)
_DEPEND = {"залежати", "зависеть", "depend"}  # a view that depends on something («залежатиме від того, …»)
_WITH = {"з", "із", "зі", "с", "со", "with"}
_TALKS = {"talk", "talks", "meeting", "negotiation", "consultation", "переговори", "зустріч", "консультація",
          "переговоры", "встреча", "консультации", "розмова", "разговор", "call"}
# what announces a threat or a precondition («вдався до погроз: …», «Ключова умова Москви незмінна: …»)
_THREAT_NOUNS = {"погроза", "попередження", "ультиматум", "умова", "угроза", "предупреждение", "условие",
                 "threat", "warning", "ultimatum", "condition", "precondition", "передумова", "предусловие"}
# condition markers whose clause is what must happen first ("unless", "only once", «щойно»); after «якщо»,
# "if" it is what must not (the threat falls when it happens), and «якщо не», "if … not" negate it
# a plan "envisages"; a person who «передбачає», «предполагает», "envisages" foresees and proposes nothing
_FORESEE = {"передбачати", "передбачити", "предусматривать", "предусмотреть", "предполагать", "envisage", "envision"}
_ONLY_AFTER = {"only after", "лише після", "тільки після", "лише після того , як", "тільки після того , як",
               "только после", "только после того , как", "лишь после"}
_MUST_HAPPEN = {"unless", "once", "only once", "only when", "as soon as", "as long as", "only if", "only after", "provided", "provided that",
                "on condition that", "in exchange for", "in return for", "subject to", "condition :", "conditions :",
                "щойно", "як тільки", "тільки-но", "лише якщо", "тільки якщо", "лише після", "тільки після",
                "лише після того , як", "тільки після того , як", "лише тоді , коли", "тільки тоді , коли", "лише коли",
                "тільки коли", "лише при", "тільки при", "за умови", "за умови , що", "за умови , якщо", "в обмін на",
                "умову :", "умова :", "умови :", "только если", "как только", "только после", "только после того , как",
                "только тогда , когда", "только когда", "лишь при", "только при", "при условии", "при условии , что",
                "в обмен на", "условие :", "условия :"}
# condition markers followed by a noun phrase, not a clause (see _Extractor._nominal_condition_end)
_NOMINAL_CONDITIONS = {"у разі", "в разі", "у випадку", "в випадку", "в случае", "в обмін на", "в обмен на", "лише після", "тільки після",
                       "только после", "лише при", "тільки при", "лишь при", "только при", "за дотримання",
                       "на умовах", "на условиях", "в ответ на", "натомість на"}


class TimingText(str):
    """The text of a condition span that names only the settlement itself ("in the event of a peace deal",
    «у разі перемир'я»). For an issue marked ``after_deal`` in issues.yaml (security guarantees, which by
    nature apply once there is a deal) it says when the measure applies, not on what terms, and makes no
    stance conditional; for the others («вибори у разі припинення вогню») it is a condition as any other."""


# after a contrast, words that make it inclusive: "not just a ceasefire", "not least guarantees", «а не лише»
_INCLUSIVE = {"just", "only", "least", "merely", "simply", "to", "лише", "тільки", "лишь", "только", "просто"}


def _contrast_refuses(s, c) -> bool:
    """Whether a contrast marker turns down what follows it: not an inclusive one ("not just", «а не лише»),
    and not "instead of"/«замість» opening the clause ("Instead of a ceasefire, Russia launched …", «що
    замість перемир'я Росія посилила удари»): that says what someone else did, not what the holder refuses."""
    if c.end < len(s.words) and s.surfaces[c.end] in _INCLUSIVE:
        return False
    if s.surfaces[c.start] != "," and (c.start == 0 or s.surfaces[c.start - 1] in (",", ":", "—", "–", "-")
                                       or s.lemmas[c.start - 1] in _THAT):
        return False
    return True


_HONORIFICS = {"mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}


def _after_comma(s, k: int) -> bool:
    """Whether the name at ``k`` follows a comma, past an honorific before it ('…, Mr. Putin said, …'), or past the
    article and adjectives of a title ('…, the president said, …', '…, the Ukrainian leader said, …')."""
    while k > 0 and s.surfaces[k - 1] in _HONORIFICS:
        k -= 1
    j = k
    while j > 0 and k - j < 3 and s.upos[j - 1] in ("DET", "ADJ"):
        j -= 1
    if j < k and j > 0 and s.surfaces[j - 1] == "," and s.surfaces[j] == "the":
        return True
    return k > 0 and s.surfaces[k - 1] == ","


def _short_verbless_gap(s, a: int, b: int) -> bool:
    """Whether [a, b) holds at most six words, none a verb or a negation, outside a parenthetical set off by a pair
    of commas («…, за словами Каллас, зараз …»); an unclosed comma counts every word."""
    out, inside = [], False
    for k in range(a, b):
        if s.surfaces[k] == ",":
            inside = not inside
            continue
        if not inside:
            out.append(k)
    if inside:
        out = list(range(a, b))
    return len(out) <= 6 and not any(s.upos[k] in ("VERB", "AUX") or s.lemmas[k] in _NEGATORS for k in out)


def _denied_to_be(s, m) -> bool:
    """Whether the text says the issue phrase `m` will not come to be: «перемир'я не буде», «перемирия не будет»,
    "there will be no ceasefire". Said of a truce or a deal with «без»/"without" before it, this is how a side makes
    the measure it names a condition of the truce."""
    n = len(s.words)
    if m.end + 1 < n and s.lemmas[m.end] == "не" and s.surfaces[m.end + 1] in _FUTURE_BE:
        return True
    k = m.start
    while k > 0 and (s.upos[k - 1] in ("ADJ", "DET") or _concord(s.lemmas[k - 1])) and s.lemmas[k - 1] != "no":
        k -= 1
    # ("there will be no ceasefire", «не буде жодного перемир'я»)
    return k > 1 and ((s.lemmas[k - 1] == "no" and s.lemmas[k - 2] == "be")
                      or (s.surfaces[k - 1] in _FUTURE_BE and s.lemmas[k - 2] == "не" and k < m.start))


def _denies_next(s, pm, im) -> bool:
    """Whether «без»/"without" denies the issue phrase: the next word of the phrase after it follows with only
    determiners and adjectives between («армія без жодних обмежень», "impossible without a withdrawal"), not
    another noun («вывести без всяких условий войска»: the conditions are what is left out)."""
    nxt = next((k for k in sorted(im.tokens) if k >= pm.end), None)
    def modifier(k):  # ("without legally binding guarantees": a participle before the noun, an adverb before that;
        # "without firm guarantees": an English adjective the tagger read as a verb; "without Kyiv's renunciation")
        return s.upos[k] in ("DET", "ADJ", "PRON") or (s.upos[k] == "VERB" and k + 1 == nxt and (
            s.surfaces[k].endswith(("ing", "ed")) or s.surfaces[k].isascii())) or s.surfaces[k] in ("'s", "’s") or (
            s.upos[k] == "PROPN" and k + 1 < len(s.words) and s.surfaces[k + 1] in ("'s", "’s"))
    # (a list of them: «без надійних, юридично закріплених гарантій»)
    return nxt is not None and all(modifier(k) or (s.upos[k] == "ADV" and modifier(k + 1))
                                   or (s.surfaces[k] == "," and k > pm.end and modifier(k - 1)) for k in range(pm.end, nxt))


def _bars_from(s, pm, im) -> bool:
    """"bar the country from hosting foreign troops": an English prohibitive with its object and «from» between it and
    the issue phrase (a verb of the phrase's own may stand right before it; not past "and", a comma or another verb)."""
    if not (pm.end < im.start <= pm.end + 6 and "from" in s.surfaces[pm.end:im.start]):
        return False
    return not any(s.surfaces[k] in (",", "and") or (s.upos[k] in ("VERB", "AUX", "CCONJ") and s.surfaces[k] != "from"
                                                     and k != im.start - 1) for k in range(pm.end, im.start))


# participles that forbid their subject: "foreign troops would be barred", «розміщення військ буде заборонене»
_BARRED = ("barred", "banned", "prohibited", "forbidden", "outlawed", "заборонен", "запрещен")
_BE = _BE_FORMS | {"will", "would", "shall", "should", "must", "remain", "remains", "stay", "stays", "бути", "буде",
                   "будуть", "було", "була", "був", "були", "є", "быть", "будет", "будут", "было", "была", "был", "были",
                   "залишиться", "залишаться", "останется", "останутся"}


def _barred_after(s, im) -> bool:
    """The issue phrase is the subject of a participle that forbids it, right after it ("troops from alliance countries
    would be barred from Ukrainian soil", «присутність іноземних військ буде заборонена»): the phrase is denied, as
    after a prohibitive verb. Only a place («в Україні») and forms of "be" (and "would", «буде») may stand between;
    a negation there ("would not be barred") leaves the phrase as it is."""
    k = im.end
    if k < len(s.words) and s.upos[k] == "ADP":  # where: «в Україні», "on Ukrainian soil"
        k += 1
        while k < len(s.words) and k - im.end < 4 and s.upos[k] in ("DET", "ADJ", "PROPN", "NOUN"):
            k += 1
    start = k
    while k < len(s.words) and k - start < 4 and s.surfaces[k].lower() in _BE:
        k += 1
    return k < len(s.words) and s.surfaces[k].lower().startswith(_BARRED)


def _timing_only(condition, issue) -> bool:
    return isinstance(condition, TimingText) and issue.after_deal


_BECOME = {"become", "стати", "ставати", "стать", "становиться"}
_SPOKESPEOPLE = {"leader", "leaders", "government", "official", "officials", "negotiator", "negotiators", "diplomat",
                 "diplomats", "delegation"}  # "Europe's leaders": the people a state or bloc speaks through
_WITHOUT = {"без", "without"}  # prohibitives that deny only the phrase right after them
# what a deal is said to be without something it needs (lemma stems; «неможливий», "impossible" are attitude
# words of their own, and their refusal of the denied measure makes the same demand)
_FAILS = ("нетривк", "неміцн", "крихк", "марн", "безглузд", "ненадійн", "непрочн", "хрупк", "бессмыслен", "ненадежн",
          "безкорисн", "бесполезн",
          "fragile", "worthless", "meaningless", "hollow", "unsustainable", "unworkable", "pointless", "useless")

# the settlement itself, as the whole of a noun condition (see _Extractor._deal_timing)
_DEAL_WORDS = {"угода", "мир", "перемир'я", "перемирʼя", "мирний", "припинення", "вогонь", "домовленість",
               "укладення", "підписання", "соглашение", "перемирие", "прекращение", "огонь", "урегулирование",
               "договоренность", "заключение", "подписание", "deal", "agreement", "peace", "settlement", "ceasefire",
               "truce", "accord", "signing", "of", "мирный", "остаточний", "окончательный", "final"}
_TIMING_MARKERS = {"у разі", "в разі", "у випадку", "в випадку", "в случае", "in the event of", "in case of"}
_DEMONSTRATIVES = {"це", "цей", "цю", "ця", "ці", "цього", "цієї", "цих", "this", "these", "those", "that",
                   "этот", "эту", "эта", "эти", "это", "этого", "этой", "этих"}
# nouns a demonstrative may point at a position with («ця вимога», "this idea")
_POSITION_NOUNS = {"вимога", "умова", "пропозиція", "ідея", "план", "крок", "варіант", "сценарій", "позиція", "схема",
                   "тягар", "ноша", "ноші", "бремя", "burden",  # («значну частину цього тягаря візьме на себе Європа»; «ноші»: the
                   # dictionary's lemma for «цієї ноші»)
                   "заклик", "ініціатива", "призыв", "инициатива", "call", "initiative",
                   "задум", "питання", "пункт", "положення", "рішення", "requirement", "demand", "condition", "proposal",
                   "idea", "step", "option", "scenario", "position", "scheme", "issue", "question", "point", "provision",
                   "требование", "условие", "предложение", "идея", "шаг", "вариант", "позиция", "схема", "вопрос", "пункт",
                   # reports and claims carry the issue they are about («Ушаков отверг эти сообщения»)
                   "повідомлення", "інформація", "заява", "твердження", "чутки", "report", "reports", "claim", "claims",
                   "statement", "сообщение", "информация", "заявление", "утверждение", "слухи"}
# setting a body up («створити групу», "set up a group") and the work it is set up for («опрацює гарантії»)
_CREATE = {"створити", "створювати", "заснувати", "засновувати", "создать", "создавать", "учредить", "учреждать",
           "set", "create", "establish", "form"}
_TASK_VERBS = {"опрацювати", "опрацьовувати", "напрацювати", "напрацьовувати", "розробити", "розробляти", "підготувати",
               "готувати", "зайнятися", "займатися", "проработать", "прорабатывать", "заняться", "заниматься",
               "разработать", "разрабатывать", "подготовить", "готовить", "выработать", "вырабатывать",
               "draft", "prepare", "develop", "work", "pin", "design", "handle"}
# bodies set up for a task («робоча група», "a working group", «комиссия»)
_BODIES = {"група", "группа", "group", "комісія", "комиссия", "commission"}
# nouns that name an arrangement without its content («формат, де …», "a model under which …")
_ARRANGEMENTS = {"формат", "модель", "механізм", "схема", "варіант", "format", "model", "mechanism", "scheme", "option",
                 "механизм", "вариант"}
# participles that name who wrote a plan («напрацьований», "drafted by")
_AUTHORING = ("напрацьован", "розроблен", "підготовлен", "складен", "написан", "запропонован", "ініційован",
              "разработанн", "подготовленн", "составленн", "написанн", "предложенн",
              "drafted", "prepared", "written", "developed", "proposed", "authored", "worked")
# «він/вона/воно», «он/она/оно» and what a text contains («передбачає», «предусматривает»)
_IT_PRONOUNS = {"він", "вона", "воно", "он", "она", "оно"}
_CONTAINS = {"передбачати", "містити", "включати", "пропонувати", "предусматривать", "содержать", "включать", "предлагать"}
# a counter-plan and «власний»/"own" before a plan (see the discourse state in _Extractor._sentence)
_COUNTER_PLANS = ("контрпроє", "контрпроек", "контрпропоз", "контрпредлож", "counter-draft", "counterproposal", "counter-proposal")
_OWN = {"власний", "свій", "собственный", "свой", "own"}
# making a plan, besides writing it («выработка», "produced", "drawn up")
_MAKING = {"выработка", "напрацювання", "розробка", "разработка", "produce", "draw", "up", "have", "come"}
# war and fighting, in a condition («якщо Європа захоче воювати»)
_WAR_STEMS = ("війн", "воюв", "войн", "воева", "воюе", "fight")
_WAR_START = ("почн", "поча", "почин", "розпоч", "захоч", "хоче", "начн", "нача", "захочет", "хочет", "start",
              "launch", "begin", "began", "wage", "want")
_WAR_STOP = ("припин", "зупин", "закінч", "заверш", "скасу", "прекрат", "останов", "законч", "stop", "end", "cease",
             "halt")
# who a plan was agreed or written without, or against («без участі», «всупереч», "behind … back")
_LEFT_OUT = {"без", "всупереч", "попри", "обхід", "спина", "вопреки", "несмотря", "обход", "without", "behind",
             "despite", "over", "against"}
# a plan its authors call reworked («оновлена й уточнена рамка», "an updated and refined framework")
_REWORKED = ("оновлен", "уточнен", "доопрацьован", "обновленн", "уточненн", "доработанн", "updated", "refined", "reworked")
# verbs of signing a statement: who the sentence names signed it (see _Extractor, the statement's authors)
_SIGNING = {"підписати", "підписувати", "подписать", "подписывать", "sign", "скріпити", "скрепить"}
# «поставили свої підписи під текстом», «поставили подписи», "put their names to": signing in two words
_PUT = {"поставити", "ставити", "поставить", "ставить", "put", "add"}
_SIGNATURES = {"підпис", "подпись", "signature", "name"}
_WHERE = {"where", "де", "где"}  # a clause of place: "frozen where they are"
# nouns of a commitment whose negated infinitive is what is promised ("a pledge never to join NATO"; not "a mistake
# not to lift sanctions")
_PLEDGE_NOUNS = {"pledge", "promise", "commitment", "vow", "obligation", "undertaking", "guarantee", "decision"}
_STATEMENT_PRONOUNS = {"it", "її", "ее", "её", "його", "его"}  # a statement as the object of «підписав», "signed"
# «приймати»/«принимать» a guest is to host, not to accept: the words for guests besides a person's name
_HOSTING = {"приймати", "прийняти", "принимать", "принять"}
_GUESTS = {"гість", "гость", "лідер", "лидер", "президент", "прем'єр", "премьер", "канцлер",
           "посланець", "спецпосланець", "посланник", "спецпосланник", "переговірник", "переговорник", "колега", "коллега",
           "емісар", "эмиссар", "делегація", "делегация", "делегат"}
# a plan agreed by the sides («узгоджений», «согласованный», "agreed"): see _Extractor._plan_authors
_AGREED = ("узгоджен", "погоджен", "согласованн", "согласовать", "agreed")
# the verbs of a relative clause after a plan whose subject put the plan forward («проєкт, який напрацювали США
# та Україна», «проект, над которым работали американская и украинская делегации», "the draft that Kyiv and
# Washington have sent to Moscow"): writing it, working on it, agreeing it, sending it on. (Receiving, discussing,
# leaking or handing it over say nothing of whose it is: «план, який Київ отримав», "the plan Driscoll handed to Kyiv".)
_RELATIVE_AUTHORING = _AUTHORING_VERBS | {"доопрацювати", "узгодити", "погодити", "надіслати", "надсилати", "відправити",
                                          "доработать", "согласовать", "направить", "отправить",
                                          "rework", "agree", "send"}
_WORK_ON = {"працювати": "над", "работать": "над", "work": "on"}  # worked on by its subject
_LISTED_DOCUMENTS = {"документ", "текст", "document"}  # «робота над чотирма документами»: what a list then names


def _parenthetical_at(s, k: int) -> int:
    """The length of a parenthetical of a few words set off by commas at ``k`` («, наголосили вони,», ", he said,"):
    0 when there is none."""
    n = len(s.words)
    if k >= n or s.surfaces[k] != ",":
        return 0
    close = next((j for j in range(k + 1, min(n, k + 6)) if s.surfaces[j] == ","), None)
    return close - k + 1 if close is not None and close > k + 1 else 0


_IT_OBJECTS = {"it", "це", "это", "його", "его"}  # ", as he described it,": the object of a parenthetical's verb


def _not_yet(s, k: int) -> bool:
    """«поки не», «пока не», «поки що не»: "not yet", an adverb, not the conjunction «поки» ("while", "until"),
    which has a subject of its own before its verb («поки Київ не погодиться»)."""
    return s.lemmas[k] in ("поки", "пока") and k + 1 < len(s.words) and s.lemmas[k + 1] in ("не", "що", "что")


def _end_past_parentheticals(s, end: int, clause_end) -> int:
    """The end of a clause ``end``, past the parentheticals that interrupt it («Готовності Києва … він, за власними
    словами, поки не бачить»: the clause goes on after «, за власними словами,»)."""
    n = len(s.words)
    for _ in range(3):
        comma = next((j for j in (end - 1, end) if 0 <= j < n and s.surfaces[j] == ","), None)
        width = _parenthetical_at(s, comma) if comma is not None else 0
        if not width:
            break
        end = clause_end(comma + width - 1)
    return end


def _extraposed_it(s, k: int) -> bool:
    """Whether the words from ``k`` after an English "it" are an adjective and the clause the "it" stands in for
    ('called it "legally impossible" to sign a deal', "it was impossible to sign", "made it clear that …")."""
    n = len(s.words)
    for j in range(k, min(n - 1, k + 4)):
        if s.upos[j] not in ("ADV", "PUNCT", "ADJ", "AUX"):
            return False
        if s.upos[j] != "ADJ":
            continue
        after = j + 2 if j + 2 < n and s.upos[j + 1] == "PUNCT" and s.surfaces[j + 1] != "," else j + 1
        if s.surfaces[after] == "that" or (s.surfaces[after] == "to" and after + 1 < n and s.upos[after + 1] in ("VERB", "AUX")):
            return True
    return False


def _signs(s, k: int) -> bool:
    """Whether word ``k`` is a finite verb of signing («підписали», "signed"; not «підписаний», "to sign")."""
    if s.upos[k] != "VERB" or s.feats[k].get("VerbForm") in ("Part", "Inf", "Conv"):
        return False
    return s.lemmas[k] in _SIGNING or (s.lemmas[k] in _PUT and any(
        s.lemmas[j] in _SIGNATURES for j in range(max(0, k - 4), min(len(s.words), k + 4))))


def _in_order(found) -> tuple:
    """The actors of ``(position, actor)`` pairs in text order, each once."""
    out: list = []
    for _, a in sorted(found, key=lambda x: x[0]):
        if a.name not in {x.name for x in out}:
            out.append(a)
    return tuple(out)


def _starts_war(condition: str) -> bool:
    """A condition that someone starts or wants a war («якщо Європа захоче воювати і почне війну», "if Europe
    started a war"), not that a war ends («якщо війна припиниться», "if Russia stopped the war")."""
    words = [w.strip(".,;:«»\"'()").lower() for w in condition.split()]
    war = any(w.startswith(_WAR_STEMS) or w in ("war", "wars") for w in words)
    return war and any(w.startswith(_WAR_START) for w in words) and not any(w.startswith(_WAR_STOP) for w in words)


_MATCHED_STEP = ("mutual", "взаємн", "взаимн", "дзеркальн", "зеркальн", "reciproc")  # a step matched by the other side
_REFUSING_NOUNS = {"відмова", "отказ", "refusal", "rejection", "ухилення", "уклонение", "відхилення"}
_MODALS_EN = {"would", "will", "could", "can", "may", "might", "should", "must"}
_SIDE_NOUNS = {"сторона", "side", "делегація", "делегация", "delegation"}
_BOTH = {"оба", "обидва", "обидві", "обоє", "обе", "both"}
# «на цьому наголосили», "this, he said": what points back to the content before a dash
_POINTERS = {"цей", "це", "цьому", "цим", "цього", "этот", "это", "этом", "этим", "этого", "this", "that", "так",
             "такий", "такой", "such", "тут", "здесь"}  # («— таку погрозу путін озвучив», «— такое условие выдвинул»)
# «натомість», "instead": a counter-position on the issue of the sentence before
_CONTRASTIVE = ("натомість", "своєю чергою", "свій черга", "зі свого боку", "з свого боку", "instead", "in turn", "for its part",
                "for his part", "for her part", "в свою очередь", "со своей стороны", "взамен")
# «Натомість ЄС погодив інший варіант»: an alternative, not the same issue
_OTHER = {"інший", "другой", "иной", "another", "other", "alternative", "альтернативний", "альтернативный"}
_GROUP_NOUNS = {"сторона", "делегація", "переговорник", "команда", "side", "sides", "delegation", "delegations",
                "negotiator", "negotiators", "team", "teams", "делегация", "переговорщик"}
# impersonal predicates whose dative («Україні настав час …») or "for" phrase names whom they concern, not
# who holds the position: that is the speaker
_EXPERIENCER_CUES = {"настав час", "настала пора", "пришло время", "пора", "time for", "it is time", "давно час", "вже час", "саме час", "вже давно час",
                     "час провести", "час проводити", "час погодитися", "час ухвалити", "час укласти", "час підписати",
                     "час припинити", "час зупинити"}
_BOTH_PRESIDENTS = {("обидва", "президент"), ("оба", "президент"), ("both", "president"), ("both", "presidents"),
                    ("two", "president"), ("two", "presidents")}
_FROM = {"з", "із", "зі", "від", "из", "от", "from"}
# the nouns of time phrases («у неділю», «в середу», "on Sunday", «во вторник»)
_TIME_NOUNS = {"понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя", "ранок", "вечір", "день",
               "тиждень", "ніч", "понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье",
               "утро", "вечер", "неделя", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# nouns for a state's government: with a state's adjective they stand for the state («бельгійський уряд»)
_STATE_BODIES = {"уряд", "влада", "керівництво", "правительство", "власти", "руководство", "government", "authorities",
                 "leadership", "administration"}
_EITHER = {"either": {"or"}, "або": {"або"}, "либо": {"либо"}, "или": {"или"}, "чи": {"чи"}}
_CONTRAST_COORD = {"а", "але", "однак", "проте", "натомість", "but", "whereas", "while", "но", "однако"}
_CONSIDER = {"розглянути", "розглядати", "рассмотреть", "рассматривать", "consider", "considering"}
# verbs that announce words after a colon («окреслив без натяків:», "was blunt:", «підсумував:»)
_EXPLETIVE_VERBS = {"seem", "take", "remain", "appear", "make", "look", "become", "mean", "happen", "come", "go"}
_Span = namedtuple("_Span", "start end")  # a phrase found by code rather than by a pattern
# setting a condition («поставив умову:», «выдвинул условие:», "attached a condition:")
_SETTING = {"поставити", "ставити", "висунути", "висувати", "назвати", "поставить", "ставить", "выдвинуть", "выдвигать",
            "set", "attach", "lay", "impose", "name"}
_COLON_VERBS = _SETTING | {"бути", "be", "быть", "окреслити", "окреслювати", "очертить", "outline", "sum", "підсумувати", "подытожить",
                "сформулювати", "сформулировать", "spell", "make", "put", "висловитися", "высказаться", "define", "визначити",
                # «Європейці висунули власний контрпроєкт: …», "Europe unveiled its own draft: …"
                "висунути", "выдвинуть", "представити", "представить", "present", "unveil", "table",
                # «Позиція Москви залишається незмінною: …», «вдався до погроз: …»: a position that stays, a
                # threat resorted to, announce the words after the colon
                "залишатися", "оставаться", "remain", "вдатися", "вдаватися", "прибегнуть", "прибегать", "resort",
                # «лише повторив погрозу, яку озвучив у Бішкеку: …», "attached a condition: …": a threat or condition
                # repeated, voiced or attached announces its words
                "повторити", "повторювати", "повторить", "повторять", "repeat", "reiterate", "озвучити", "озвучувати",
                "озвучить", "озвучивать", "voice", "attach"}
_REMAIN = {"залишатися", "оставаться", "remain"}
_CHANGE_VERBS = {"змінювати", "змінити", "изменять", "изменить", "менять", "поменять", "change", "shift", "soften",
                 "пом'якшити", "пом'якшувати", "смягчить", "смягчать"}
_RESORT = {"вдатися", "вдаватися", "прибегнуть", "прибегать", "resort"}
_AGAINST = {"проти", "против", "against"}
_COPULAS = {"be", "є", "був", "була", "були", "бути", "быть", "был", "была", "были", "remain", "залишатися"}
_MUTUAL = {"домовитися", "домовлятися", "договориться", "договариваться", "погодити", "погоджувати", "согласовать",
           "согласовывать"}
# the neutral words that leave a question to be settled later (see the frame path in _Extractor)
_LEFT_TO_TALKS = {"settled", "decided", "determined", "resolved", "вирішуватимуть", "вирішуватиметься", "вирішено",
                  "визначено", "визначатимуть", "определен", "определено", "определена", "решаться", "решать", "решен",
                  "решено"}
_RECEIVE = {"отримати", "отримувати", "receive", "receiving", "get", "получить", "получать"}
_THING_RELATIVES = {"which", "яка", "яке", "які", "которое", "которая", "который"}
_SUBJECT_RELATIVES = {"who", "який", "которая", "который", "которые"}
_READINESS = {"readiness", "willingness", "готовність", "готовность"}
_CALL_NOUNS = {"заклик", "призыв", "call", "пропозиція", "предложение", "proposal", "вимога", "требование", "demand"}
_POSITION_WORD = {"позиція", "позиция"}  # «Позиція Києва …»: a position named with its owner in the genitive
_THIS_POSITION = _POSITION_WORD | {"position", "stance"}  # «таку позицію», "this position": the one just stated
_SANCTION_STEMS = ("санкці", "санкци", "sanction", "обмежен", "ограничен", "restriction")
_LEADERS = {"Russia": ("путін", "путин", "putin"), "Ukraine": ("зеленськ", "зеленск", "zelensky")}  # (see _leaders_meet)
_HOLDS_NOW = {"досі", "зараз", "тепер", "сейчас", "теперь", "still", "now", "продовжувати", "продолжать", "continue",
              "по-прежнему", "надалі"}  # a position said to hold now, whatever it was before
_MANNER = ("пояснен", "ваган", "зволікан", "затрим", "передумов", "попередні", "коментар", "сумнів", "объяснен", "колебан",
           "промедлен", "задерж", "предварительн", "предуслови", "комментар", "сомнен", "explanation", "delay", "hesitat",
           "precondition", "condition", "comment", "doubt", "умов", "услови")  # «без пояснень», "without delay": a manner
_RUSSIA_STEMS = ("росі", "росси", "russia", "москв", "moscow", "кремл", "kremlin", "путін", "путин", "putin", "рф")
_WHICH_ANY = {"какой", "який", "жодний", "жоден", "никакой", "ніякий", "любой", "будь-який"}  # («ни о каком …»)
_ENDING = {"end", "ending", "stop", "завершення", "закінчення", "припинення", "завершение", "окончание", "прекращение"}
_ANY_DEAL = {"any", "будь-який", "любой", "всякий", "every", "кожний", "каждый"}
_BREACH = {"порушення", "порушенням", "нарушение", "violation", "violations", "breach", "breaches"}
_PARTAKE = ("брати участь", "взяти участь", "братиме участь", "участвовать", "принять участие", "принимать участие", "take part", "took part", "taking part", "participate")
_BARE_IDEAS = {"ідея", "задум", "идея", "замысел", "idea", "concept", "концепція", "концепция"}
_GO = {"піти", "йти", "пойти", "идти"}  # («піти на компроміс»: go for, not leave)
_INVERTED_AUX = {"will", "would", "can", "could", "shall", "should", "does", "do", "did", "is", "are", "was", "were", "might", "may", "must"}
_MUST = {"must", "should", "has", "have", "had", "needs", "need"}  # ("has to", "need to": the «to» follows)
_ABOUT = {"to", "against", "щодо", "проти", "по", "о", "об", "про", "против", "относительно", "стосовно"}
# what one does with a demand to make it («висунути вимогу», «выдвинуть требование»)
_PUT_FORWARD = {"висувати", "висунути", "выдвигать", "выдвинуть",  # («не ставить під загрозу» is no demand)
                "виступити", "виступати", "выступить", "выступать"}  # («виступив із закликом», «выступил с предложением»)
_DEMAND_NOUNS = {"вимога", "требование", "demand"}
_CONVICTION = {"переконаний", "переконана", "переконані", "впевнений", "впевнена", "впевнені", "упевнений", "упевнена",
               "упевнені", "убежден", "убеждена", "убеждены", "уверен", "уверена", "уверены", "convinced"}
_ABOUT_THIS = {("про", "це"), ("о", "это"), ("о", "этот"), ("об", "это"), ("об", "этот")}  # «Про це заявив …», «Об этом сообщил …»
# giving up what one holds («відмовитися від вимоги», "drop its demand")
_RENOUNCE = {"відмовлятися", "відмовитися", "відмовитись", "відмовлятись", "отказываться", "отказаться", "give up", "drop",
             "abandon", "relinquish", "back down from", "back away from"}
_RENOUNCE_WORDS = {w.split()[0] for w in _RENOUNCE}
_LINK_VERBS = {"є", "бути", "залишатися", "лишатися", "стати", "ставати", "быть", "являться", "оставаться", "стать",
               "be", "remain", "become"}
# verbs that only carry a concession noun, or declare a measure («не оголошуватиме перемир'я»)
_LIGHT_VERBS = {"make", "offer", "робити", "зробити", "делать", "сделать", "оголосити", "оголошувати", "объявить", "объявлять"}
_OWN_WORDS = {"свій", "свой", "its", "their", "his", "her", "нова", "новий", "новое", "новый"}  # (before a demand noun)
_VOICE = {"озвучити", "озвучувати", "озвучить", "озвучивать", "повторити", "повторювати", "повторить", "повторять",
          "put", "issue", "repeat", "restate", "reiterate"}  # verbs that put a demand or proposal on record
# a time named for an answer («слушний час для відповіді», "an appropriate time for Kyiv to respond")
_TIME_CUES = {"appropriate time", "right time", "слушний час", "слушним час", "подходящий время", "подходящее время"}
_ANSWER = {"respond", "answer", "reply", "response", "відповідь", "відповісти", "ответ", "ответить"}
# words of a deadline given for an answer («відвів Києву час на відповідь», «дал Киеву срок на ответ»)
_DEADLINE_WORDS = {"дати", "давати", "відвести", "відводити", "строк", "термін", "дедлайн", "дать", "давать", "отвести",
                   "отводить", "срок"}
_SOME = {"some", "certain", "деякий", "деякі", "окремий", "окремі", "некоторый", "некоторые", "отдельный", "отдельные"}
_RESTRICTIVE = {"але", "лише", "тільки", "лиш", "but", "only", "но", "только", "однак", "проте", "однако"}
_CONCORD = ("жодн", "ніяк", "никак")  # negative concord: «не піде на жодні компроміси» is one negation


def _concord(lemma: str) -> bool:
    """A word of negative concord: «жодні», «никакие», and «ні … ні», «ни … ни» («не погодиться ні на X, ні на Y»)."""
    return lemma in ("ні", "ни") or lemma.startswith(_CONCORD)
_POSSESSIVES = {"його", "її", "свою", "своя", "своєї", "his", "her", "its", "его", "ее", "её", "свою", "своя"}


@dataclass(frozen=True)
class Stance:
    """One stance: ``actor`` holds ``polarity`` towards ``issue`` according to article ``article_id``.

    ``start_char``/``end_char`` are the offsets of the evidence sentence in the article body;
    ``source`` is the cited outlet or agency, ``speaker`` the person or body whose reported speech
    carries the stance when that is not the actor itself; ``cue`` the words the rule fired on and
    ``method`` ``parse`` (dependency relations decided the holder), ``surface`` (word order did),
    ``follow-up`` (a condition in the next sentence) or ``learned`` (the classifier of
    :mod:`stanceline.stances_learned`; ``cue`` then gives its probability).
    """

    article_id: str
    outlet: str | None
    language: str
    published: object
    actor: str
    side: str | None
    issue: str
    polarity: str
    condition: str | None
    evidence: str
    start_char: int
    end_char: int
    source: str | None = None
    speaker: str | None = None
    cue: str | None = None
    method: str = "surface"


# ----------------------------------------------------------------------------------------------
# internal structures
@dataclass
class _Mention:
    start: int
    end: int
    actor: Actor | None  # None for pronouns and plan nouns until resolved
    kind: str  # alias, reference, fuzzy, pronoun_person, pronoun_group, plan
    eligible: bool = True  # may hold a stance (not in a prepositional phrase / oblique case)
    in_pp: bool = False
    leaders: bool = False  # a collective «лідери», "the leaders": may stand for the authors of a statement
    object_like: bool = False  # right after a verb («закликав сторони», "urged both sides"): whom, not who
    both: bool = False  # a collective that says "both" («обидва лідери», "both leaders"): two, named somewhere
    sides: bool = False  # «сторони», "the two sides", «делегації»: the parties as countries, not their envoys


@dataclass
class _Frame:
    start: int  # content span [start, end)
    end: int
    verb: tuple[int, int] | None
    speaker: Actor | None
    assertive: bool
    source: str | None = None
    named_after: bool = False  # the speaker is named by the next sentence («Про це заявив …»)


@dataclass
class _Sentence:
    words: list
    lemmas: list
    surfaces: list
    upos: list
    feats: list
    heads: list | None
    deprels: list | None
    start_char: int
    end_char: int
    text: str


@dataclass
class SentenceView:
    """What the rules saw in one sentence, for extractors that learn from it (:mod:`stanceline.stances_learned`).

    ``issues`` are the issue matches with their key and sign (negation applied); ``mentions`` pairs each
    actor mention with the actor it resolves to (``None`` when it resolves to nobody); ``frames`` are the
    reported-speech frames; ``conditions`` the condition clauses ``(start, end, text)``; ``cues`` the
    attitude words; ``plan_holder`` whom a plan named here belongs to; ``previous`` the stances of the
    sentence before; ``possessors`` the possessor adjectives; ``parties`` the members of the joint actors
    (``"A + B"``) mentions resolve to; ``topic`` the issues of the sentences just before; ``source`` the
    cited outlet; ``matches(name)`` the matches of a word list of ``knowledge/stance_cues.yaml`` in this
    sentence («negation», «past», …), the same the rules used.
    """

    sentence: _Sentence
    issues: list
    mentions: list
    frames: list
    conditions: list
    cues: list
    hedged: bool
    question: bool
    plan_holder: Actor | None
    previous: list
    possessors: list = field(default_factory=list)  # (token, actor) of possessor adjectives («американський»)
    parties: dict = field(default_factory=dict)  # synthetic "A + B" actors -> their members
    topic: list = field(default_factory=list)  # (issue, sign) of the sentences just before
    source: str | None = None  # the cited outlet or agency
    matches: object = None  # name -> the matches of that word list in this sentence
    # who the text was about just before, for a sentence that names no holder of what it states: the person
    # and the group named last, and the plan's proposer after a sentence that stated the plan's content or
    # had the plan as its subject ("The text asks a great deal of Kyiv. Its army would be capped …")
    context: list = field(default_factory=list)  # (kind, actor): "plan", "person", "group", the likeliest first


@dataclass
class _State:
    last_person: Actor | None = None
    last_group: Actor | None = None
    last_issues: list = field(default_factory=list)
    topic_age: int = 0
    topic_actors: set = field(default_factory=set)
    plan_subject: bool = False
    plan_introduced: bool = False  # the last sentence brought in a plan with its owner («власний контрпроєкт»)
    plan_age: int = 99  # sentences since the last one that stated a plan's content
    plan_proposer: str | None = None
    plan_authors: tuple = ()  # a plan «напрацьований українськими та американськими переговорниками»
    source: str | None = None
    last_condition: str | None = None
    parties: tuple = ()  # the actors of the last joint act («Віткофф і Умєров оприлюднили …»)
    parties_age: int = 99
    orgs: tuple = ()  # organisations named as subjects lately («зібралася коаліція охочих»)
    orgs_age: int = 99  # sentences since (0: the sentence before)
    authors: tuple = ()  # who issued the statement named last («оприлюднили спільну заяву»)
    authors_age: int = 99
    statement_subject: bool = False  # the last sentence's subject was a statement («The joint statement … said»)
    plan_since_statement: bool = True  # a plan was named after the last statement («документ» is then the plan)
    venue: tuple = ()  # the two delegations of the round held where the text just placed us («у Женеві»)
    venue_age: int = 99
    last_seat: Actor | None = None  # the seat of power that spoke last («у Кремлі заявили»), for a later «Там»
    # who worked on documents the text goes on to list («Обидва переговірники пишуть про роботу над чотирма
    # документами. Перший — 20-пунктний мирний план.»), and how many sentences ago
    workers: tuple = ()
    workers_age: int = 99


_STEMS: dict = {}
_IN = {"в", "у", "во", "in", "at"}
_TO = {"до", "to", "into"}
_JOURNEY = {"полетіти", "поїхати", "прибути", "прилетіти", "вирушити", "приїхати", "полететь", "поехать", "прибыть",
            "прилететь", "отправиться", "приехать", "fly", "flew", "travel", "travelled", "traveled", "arrive", "arrived",
            "head", "headed", "go", "went"}
_CONTRAST_FIGURE = {"than", "instead", "against", "above", "below", "replacing", "замість", "вместо", "против", "проти",
                    "порівняно", "по сравнению", "більше", "больше", "менше", "меньше"}
_LOAN_WORDS = {"loan", "кредит", "позика", "scheme", "схема", "assets", "актив"}
_ATTEMPTS = {"спроба", "попытка", "attempt", "attempts"}
_NORMS = {"не", "нельзя", "неприпустимо", "недопустимо"}  # prohibitives that state a norm («не можна», «нельзя»)
_SEATED = {"base", "based", "headquartered", "розташований", "розміщений", "расположенный", "базирующийся"}
_VENUE_LIFE = 6  # sentences a venue named with talks stays the setting of «сторони»
# places the talks are about, never where they are held
_TERRITORY_PLACES = {"Crimea", "Donbas", "Donetsk region", "Luhansk region", "Zaporizhzhia region", "Kherson region",
                     "Kharkiv region", "Sumy region", "Dnipropetrovsk region", "Mykolaiv region"}


def _venues(index, day) -> dict:
    """Place -> the two delegations of each round (``knowledge/rounds.yaml``) that met there on or before
    ``day``. Rounds of three or more delegations are left out: which two «обидві сторони» are is unknown."""
    if day is None:
        return {}
    out = {}
    for r in _rounds():
        who = tuple(index.get(name) for name in r.who)
        if r.place and r.start <= day and len(who) == 2 and all(who):
            out[r.place] = who
    return out


@lru_cache(maxsize=1)
def _rounds() -> tuple:
    return tuple(load_rounds()[0])


_NEG_CUES: dict = {}


def _negated_cue_patterns(lex) -> list:
    """The attitude words of two words that open with a negation («не вправе», "not hear …"): the only ones whose
    «не» may stand right before an issue phrase, looked for apart from the rest (see the issue negation)."""
    if lex.language not in _NEG_CUES:
        _NEG_CUES[lex.language] = [p for p in lex.cue_patterns if any(
            len(alt) == 2 and alt[0].text in _NEGATORS for slot in p.slots for alt in slot)]
    return _NEG_CUES[lex.language]


def _possessor_stems(lex) -> list:
    """(stem, actor) for the possessor adjectives, so that every form matches («українська», «українськими»)."""
    if lex.language not in _STEMS:
        out = []
        for p in lex.possessors:
            for word in p.source.split("|"):
                w = word.strip().lower().rstrip("*")
                if len(w) >= 7 and w.isalpha():
                    out.append((w[:-2], p.payload))
        _STEMS[lex.language] = out
    return _STEMS[lex.language]


def _title_patterns(index, language: str) -> list:
    """Patterns for the bare titles of ``knowledge/actors.yaml`` (payload: the names that bear each)."""
    cache = index.__dict__.setdefault("_title_patterns", {})  # on the index: its id may be reused
    key = language
    if key not in cache:
        holders: dict[str, set] = {}
        for actor in index.actors:
            for title in (actor.titles or {}).get(language, []) or []:
                holders.setdefault(str(title), set()).add(actor.name)
        cache[key] = [compile_pattern(title, frozenset(names), language=language) for title, names in holders.items()]
    return cache[key]


_THAT = frozenset({"що", "что", "that"})
_ANY = frozenset({"будь-який", "будь-які", "будь-яких", "будь-якого", "будь-якої", "будь-яку", "какой-либо",
                  "какие-либо", "каких-либо", "любой", "любые", "any"})
_COUNTRY_NOUNS = frozenset({"країна", "страна"})
_STILL = frozenset({"not", "не", "ще", "еще", "ещё", "вже", "уже", "still", "yet", "already"})
_INTEND = frozenset({"збиратися", "собираться"})
_WILLING = frozenset({"ready", "prepared", "willing", "готовий", "готовый", "готов"})
_PARTICIPATION = frozenset({"участь", "участі", "участю", "участие", "участии", "участием", "participation"})


_WHERE_WHICH = {"де", "где", "where", "який", "который", "which"}


def _across_relative(s: "_Sentence", m) -> bool:
    """Whether an issue phrase of several slots runs across a comma into a clause of place or a relative clause
    («зупинитися там, де проходить лінія фронту»): the words after «, де» describe the place, and the phrase
    before the comma («зупинитися там,») is the one that names the issue."""
    if m.pattern.payload[2:] == ("owned",):
        return False  # («проєкт, який напрацювали США»: the relative clause may name the owner, see _split_owned)
    first, last = min(m.tokens), max(m.tokens)
    # (not a relative word the pattern spells out itself)
    return any(s.surfaces[k] == "," and s.lemmas[k + 1] in _WHERE_WHICH and k + 1 not in m.tokens for k in range(first, last))


def _split_owned(s: "_Sentence", m, language: str) -> bool:
    """True when an owned-plan match (owner + head noun, «план Трампа», "the U.S. draft") spans two
    phrases: «Дональд Трамп цей план підтримує», "Washington presented its plan" name the owner as the
    subject, not the plan's owner. With the owner first, a finite verb, a pronoun, determiner or particle
    between the two parts ends the noun phrase; adjectives, numbers, nouns, prepositions and participles do
    not («американський мирний план», "Trump's 28-point plan", «идеи, предложенные Вашингтоном»). With the
    noun first the owner may stand in a relative clause or after a participle ("the plan that Washington
    proposed", "the plan drafted by Washington")."""
    if m.pattern.payload[2:] != ("owned",):
        return False
    inside = sorted(m.tokens)
    if s.upos[inside[0]] == "NOUN":
        return False  # the noun first: «план, який запропонував Вашингтон», "the plan drafted by Washington"
    if language != "en" and s.upos[inside[0]] == "PROPN" and s.feats[inside[0]].get("Abbr") != "Yes" \
            and s.surfaces[inside[0]].lower() == s.lemmas[inside[0]].lower() \
            and not (language == "uk" and s.surfaces[inside[0]].lower().endswith(("ів", "ова", "ове", "ові"))):
        # a Ukrainian or Russian name in its base form before a noun is no owner («Дональд Трамп документ
        # підтримує»); a possessive adjective is («Трампів план»)
        return True
    gap = [k for k in range(inside[0], inside[-1]) if k not in m.tokens]
    return any((s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") not in ("Part", "Conv", "Ger"))
               or s.upos[k] in ("DET", "PRON", "SCONJ", "PART") or s.surfaces[k] in (";", ":", "же", "ж")
               or s.lemmas[k] in _DEMONSTRATIVES
               for k in gap)


_DEAL_NOUNS = frozenset({"мир", "угода", "домовленість", "врегулювання", "соглашение", "сделка", "договоренность",
                         "урегулирование"})
_FUTURE_BE = frozenset({"буде", "будуть", "будемо", "будет", "будут", "будем", "стане", "стануть", "станемо", "станет", "станут",
                        "станем"})
_FRONTED_INTENT = frozenset({"намерен", "намерена", "намерены", "збирається", "збираються", "собирается", "собираются",
                             "готов", "готова", "готовы", "готовий", "готові"})

# unions the sentence loops test words against, built once
# a refusal before «доки … не»/"until" (and ruling out: «виключає зустріч, доки …», "ruled out until a deal is final")
_STOPPING = _REFUSE_VERBS | _BLOCK_VERBS | {"oppose", "виключати", "виключити", "исключать", "исключить", "exclude"}
_ANY_DEAL_NOUNS = _DEAL_NOUNS | {"deal", "agreement", "settlement"}  # a deal refused without a measure
_THAT_OR_ASKING = _THAT | _ASKING  # what a doubt opens
_NO_MEASURE = _STATEMENT_WORDS | _ATTACK_WORDS  # what a provocation may be said of, other than a measure


def _verb_before_noun(s: "_Sentence", k: int, stop: int) -> int:
    """The word before the noun at ``k`` past its modifiers («висунув нову вимогу», "drop its demand"), and past the
    preposition a verb of giving up takes («відмовилася від вимоги»), not going back beyond ``stop``."""
    verb = k - 1
    while verb > stop and (s.upos[verb] in ("ADJ", "DET", "NUM") or s.lemmas[verb] in _OWN_WORDS or (
            s.lemmas[verb] in ("від", "от", "from", "up") and s.lemmas[verb - 1] in _RENOUNCE_WORDS) or (
            s.lemmas[verb] in ("з", "із", "зі", "с", "со") and s.lemmas[verb - 1] in _PUT_FORWARD)):
        verb -= 1
    return verb


def _necessary(s: "_Sentence", k: int) -> bool:
    """«необхідна», «непременным», "essential" before a condition noun (the English tagger may call it a noun)."""
    return s.upos[k] in ("ADJ", "NOUN") and s.lemmas[k].startswith(_NECESSARY)


def _negated_after(s: "_Sentence", k: int) -> bool:
    """«Визнавати ці території Україна не буде», «войска размещаться не будут»: an infinitive put first is negated
    by «не буде» after it (past the subject, with no verb or comma between)."""
    while k < len(s.words) and s.upos[k] in ("NOUN", "PROPN", "ADJ", "DET", "PRON", "ADP", "NUM") and s.lemmas[k] not in ("не", "ни"):
        k += 1
    return k + 1 < len(s.words) and s.lemmas[k] == "не" and s.surfaces[k + 1] in _FUTURE_BE


def _negated_word(s: "_Sentence", k: int) -> int:
    """The word a negation ending at ``k`` negates: the next one after auxiliaries ("not be changed")."""
    while k < len(s.upos) and s.upos[k] == "AUX":
        k += 1
    return k


def _sentence(sent, body: str) -> _Sentence:
    words = list(sent.words)
    lemmas = [token_key(w.lemma or w.text) for w in words]
    surfaces = [token_key(w.text) for w in words]
    for k in range(1, len(words) - 1):  # a spaced hyphen is a dash («… відкинула - йдеться …»); «20-point» is not
        if surfaces[k] == "-" and words[k].start_char > words[k - 1].end_char:
            surfaces[k] = "—"
    surfaces = [("-hyphen" if t == "-" else t) for t in surfaces]
    upos = [w.upos for w in words]
    feats = [dict(kv.split("=", 1) for kv in (w.feats or "").split("|") if "=" in kv) for w in words]
    has_parse = any(w.head not in (None, 0) for w in words) and any(w.deprel for w in words)
    heads = [w.head for w in words] if has_parse else None
    deprels = [w.deprel for w in words] if has_parse else None
    start = sent.tokens[0].start_char
    end = sent.tokens[-1].end_char
    return _Sentence(words, lemmas, surfaces, upos, feats, heads, deprels, start, end, body[start:end])


_CUE_NEGATIONS = ("не", "not", "ни")  # the negation a cue may carry among its own words («не має права»)
_RELATIVE_WORDS = {"який", "который", "that", "which", "who"}
# what opens a sentence that lists the terms just named: «Серед них — …», «Среди них …», "Among them …", "Those conditions …"
_AMONG_THEM = {("серед", "вони"), ("серед", "них"), ("среди", "они"), ("среди", "них"), ("among", "they"), ("among", "them"),
               ("among", "those"), ("among", "these")}
_THESE = {"ці", "такі", "ті", "эти", "такие", "те", "these", "those", "the", "such"}
_TERMS_NOUNS = {"умова", "вимога", "принцип", "условие", "требование", "condition", "term", "demand", "principle"}
_POSSESSIVE_PRONOUNS = {"його", "її", "їх", "їхній", "їхня", "їхнє", "їхні", "его", "ее", "её", "их", "his", "her", "its", "their"}
# what opens a sentence that says what a holder wants back for the offer before it
_IN_RETURN_WORDS = {"взамен", "взамін"}  # (not «натомість», as often "instead")
_IN_RETURN = {("in", "return"), ("in", "exchange"), ("в", "обмін"), ("в", "обмен"), ("у", "обмін")}
_SO_CALLED = {"так", "называемый", "называть", "званий", "звати", "so-called"}
# what follows "no <issue> was" to deny that anything of the kind is being prepared (see existential_negation)
_NOT_PLANNED = ("planned", "in the works", "on the agenda", "on the cards", "scheduled", "envisaged", "in prospect")
# who is named a backer or an opponent of a measure («головний противник», "its most vocal backer")
_ROLE_NOUNS = {"противник", "прихильник", "прибічник", "сторонник", "опонент", "оппонент", "backer", "supporter", "proponent",
               "opponent", "critic"}
_LINKING = _COPULAS | {"become", "лишатися", "ставати", "стати", "оставаться", "являться", "стать"}
_SECURITY_STEMS = ("secur", "defen", "protect", "article", "безпек", "захист", "оборон", "стат", "безопасн", "защит")
_MONEY_STEMS = ("euros", "billion", "loan", "asset", "euroclear", "liabilit", "lawsuit", "кредит", "актив", "мільярд",
                "млрд", "позов", "миллиард", "займ")  # (and the currency itself, by its whole lemma: not «європейський»)
_REFUSAL_NOUNS = {"відмова", "отказ", "refusal"}
_OBLIGE = {"oblige", "force", "compel", "require", "зобов'язати", "зобовʼязати", "зобов’язати", "змусити", "примусити",
           "обязать", "заставить", "принудить"}
# what is signed, accepted or refused whole, besides a plan: «угоду», «ничего, что …», "any agreement that …"
_OBJECT_TEXTS = _ANY_DEAL_NOUNS | {"ніщо", "нічого", "ничто", "ничего", "anything", "nothing", "договір", "договор", "treaty"}


# changes proposed to a plan («поправки до плану», "amendments to the U.S. plan")
_AMENDMENTS = {"поправка", "правка", "зміна", "изменение", "amendment", "change", "edit", "revision",
               "контрпропозиція", "контрпредложение", "counterproposal", "counter-proposal"}
_ON = {"щодо", "по", "относительно", "on"}
_POSITION_ON = _THIS_POSITION | {"підхід", "подход", "approach"}  # a position, or an approach, on something
_TO = {"до", "к", "to"}
_RUSSIA_WORDS = {"росія", "россия", "russia", "москва", "moscow", "рф"}


def _amends(s: _Sentence, start: int) -> bool:
    """Whether the plan named at ``start`` is what amendments are made to: «до/к/to» right before it (past
    adjectives and names of its owner) and an amendment noun earlier in the sentence. Proposing or
    rejecting changes to a plan is a position on the changes, not on the plan; so is working out a
    position on it («щодо/по/on» after a position noun)."""
    k = start - 1
    while k >= 0 and s.upos[k] in ("ADJ", "PROPN", "DET") or (k >= 0 and s.surfaces[k] in ("'s", "’s")):
        k -= 1
    if k >= 1 and s.lemmas[k] in _ON and any(s.lemmas[j] in _POSITION_ON for j in range(max(0, k - 4), k)):
        return True  # «спільну позицію щодо мирного плану», "a common position on the plan": the position's topic
    return k >= 1 and s.lemmas[k] in _TO and any(s.lemmas[j] in _AMENDMENTS and (s.upos[j] == "NOUN" or s.surfaces[j].endswith("s"))  # ("changes" read as a verb)
                                                  and not _after_preposition(s, j)
                                                  for j in range(max(0, k - 10), k))


def _refusal_means(s: _Sentence) -> tuple[int, int] | None:
    """(refusal noun, "mean" verb) of «Відмова Києва … означатиме …», "Kyiv's refusal would mean …", or None."""
    mean = next((k for k in range(1, len(s.words)) if s.lemmas[k] in ("означати", "означать", "mean")), None)
    refusal = next((j for j in range(0, mean) if s.lemmas[j] in _REFUSING_NOUNS), None) if mean is not None else None
    return (refusal, mean) if refusal is not None else None


def _after_preposition(s: _Sentence, j: int) -> bool:
    """Whether the noun at ``j`` heads a prepositional phrase ("Despite the changes", «після змін»)."""
    k = j - 1
    while k >= 0 and s.upos[k] in ("DET", "ADJ"):
        k -= 1
    return k >= 0 and s.upos[k] == "ADP"


def _for_russia(s: _Sentence, start: int) -> bool:
    """Whether the guarantees named at ``start`` are for Russia or for the speaker's own side ("guarantees for
    its own security", «гарантій безпеки Росія хоче і для себе», «должны распространяться и на саму
    Россию»): the issue is guarantees for Ukraine. Looks a dozen words on, up to the end of the clause."""
    if any(s.lemmas[k] in ("власний", "собственный", "own") for k in range(max(0, start - 2), start)) \
            and any(s.lemmas[k] in _RUSSIA_WORDS for k in range(start)):
        return True  # «Росія також повинна отримати власні гарантії безпеки»: its own, when Russia wants them
    window = range(start, min(len(s.words), start + 12))
    # (up to the end of the clause: «гарантій безпеки, а не поступок для Росії» is another clause)
    stop = next((k for k in window if s.surfaces[k] in (".", ";") or (
        s.surfaces[k] == "," and k + 1 < len(s.words) and (s.upos[k + 1] == "CCONJ" or s.lemmas[k + 1] in ("not", "не")))),
        window.stop)
    for k in range(start, stop):
        if s.lemmas[k] in ("себе", "себя", "itself") and k > 0 and s.upos[k - 1] == "ADP":
            return True  # «і для себе», "for itself"
        if s.lemmas[k] == "own" and k > 1 and s.surfaces[k - 2].lower() in ("for", "of"):
            return True  # "for its own security", "guarantees of its own"
        if s.lemmas[k] in _RUSSIA_WORDS and k > 1 and (s.lemmas[k - 1] in ("для", "for") or (
                s.lemmas[k - 1] in ("сам", "самий", "самый") and s.lemmas[k - 2] in ("на", "для"))):
            return True  # «для Росії», "for Russia", «и на саму Россию»
        if s.lemmas[k] in _RUSSIA_WORDS and ((k > 0 and s.lemmas[k - 1] in ("безпека", "безопасность")) or (
                k + 2 < len(s.words) and s.surfaces[k + 1] in ("'s", "’s") and s.lemmas[k + 2] == "security")):
            return True  # «гарантія безпеки Росії», "the only guarantee of Russia's security"
    return False


_CAUSAL = {"через", "из-за", "over", "amid", "despite"}


_AS_WORDING = {"як", "как"}
_OPENING_QUOTES = {"«", '"', "“", "„"}


def _wording_marker(s: _Sentence, start: int, end: int) -> bool:
    """«як він висловився, «…»», «как он сказал, "…"»: «як» and a pronoun (or nothing) before the speech verb,
    a comma and an opening quote after it."""
    k = start - 1
    if k >= 0 and s.upos[k] == "PRON":
        k -= 1
    # (inside a clause, after a comma: at the start of a sentence «Як він наголосив, «…»» reports the quote)
    return k >= 1 and s.lemmas[k] in _AS_WORDING and s.surfaces[k - 1] == "," and end + 1 < len(s.words) \
        and s.surfaces[end] == "," and s.surfaces[end + 1] in _OPENING_QUOTES


def _setter_before(s: _Sentence, i: int) -> int | None:
    """Where a verb of setting a condition («поставив умову:», «выдвинул условие:», "attached a condition:") stands
    in the four words before position ``i`` (the condition noun or the colon), or None."""
    return next((k for k in range(max(0, i - 4), i) if s.lemmas[k] in _SETTING), None)


def _statement_before(s: _Sentence, k: int, mentions):
    """The statement a relative clause opened at ``k`` by a preposition and «який»/«который»/"which" hangs on
    («заявление, в котором говорится …», «заяву, в якій ідеться …», "a statement in which …"), or None."""
    if not (2 <= k < len(s.words) - 1 and s.upos[k] == "ADP" and s.lemmas[k + 1] in ("який", "который", "which")
            and s.surfaces[k - 1] == ","):
        return None
    return next((m for m in mentions if m.kind == "statement" and m.end == k - 1), None)


_OBJECTION_OWNERS = {"її", "його", "їхні", "їхнє", "its", "her", "his", "their", "ее", "её", "его", "их"}


def _causal_before(s: _Sentence, i: int) -> bool:
    """«через», «из-за», "over", "because of", "due to", "faces" right before position ``i`` (past adjectives and
    possessives), or a possessive opening the sentence before it: the objection is to what the text discusses."""
    k = i - 1
    while k >= 0 and (s.upos[k] == "ADJ" or s.surfaces[k] in _OBJECTION_OWNERS):  # («через її заперечення»)
        k -= 1
    if k < 0:
        return i > 0 and s.surfaces[0] in _OBJECTION_OWNERS  # "Its objections already forced leaders to put off …"
    return s.lemmas[k] in _CAUSAL or (k >= 1 and (s.lemmas[k - 1], s.lemmas[k]) in (("because", "of"), ("due", "to"))) \
        or s.lemmas[k] in ("face", "meet")  # "That idea still faces objections from Belgium"


_ASKED_OPENERS = {("asked",), ("на", "запитання"), ("на", "питання"), ("відповідаючи", "на", "запитання"),
                   ("відповідаючи", "на", "питання"), ("на", "вопрос"), ("отвечая", "на", "вопрос")}
_ASKED_WORDS = {"whether", "if", "about", "what", "how", "when", "why", "which", "чи", "ли", "про", "о", "об"}


def _asked_zone(s: _Sentence, lex) -> int:
    """End of a reporter's question that opens the sentence ("Asked whether Kyiv would accept a cap, Zelensky
    said …", «На запитання, чи готовий Київ …, Зеленський відповів …»), else 0. The question is the reporter's:
    whatever it names is asked about, not held by anyone (the answer after it may hold a position)."""
    n = len(s.words)
    for opener in _ASKED_OPENERS:
        k = len(opener)
        if tuple(w.lower() for w in s.surfaces[:k]) != opener:
            continue
        j = k + 1 if k < n and s.surfaces[k] == "," else k  # «На запитання, чи …»
        # (a word or two may come between: «на запитання журналістів, чи …», "asked by reporters whether")
        q = next((i for i in range(j, min(n, j + 4)) if s.lemmas[i] in _ASKED_WORDS), None)
        if q is None:
            return 0
        commas = [i for i in range(q + 1, n) if s.surfaces[i] == ","]
        if s.lemmas[q] in ("about", "про", "о", "об"):
            # "Asked about elections, Zelensky said …": a noun phrase up to its comma; with a verb before any
            # comma («На вопрос о перемирии Песков отверг …») the answer has begun and no comma closes the question
            first = commas[0] if commas else n
            return first if commas and not any(s.upos[i] in ("VERB", "AUX") for i in range(q + 1, first)) else 0
        # a question with a verb of its own ends at the comma before the answer's subject and verb ("Asked
        # whether Kyiv, under pressure, would accept …, Zelensky said …"): the last comma before a finite verb
        # that has a comma-free stretch from it to that verb and is not the question's own
        said = next((sp.start for sp in match_patterns(lex.speech_patterns, s.lemmas, s.surfaces, s.upos)
                     if sp.start > q), None)
        if said is not None and any(c < said for c in commas):
            return max(c for c in commas if c < said)  # "…, Zelensky said": the comma before the answer's speaker
        answers = []
        for c in commas:
            nxt = next((i for i in range(c + 1, n) if s.surfaces[i] == ","), n)
            verb = next((i for i in range(c + 1, nxt) if s.upos[i] in ("VERB", "AUX")
                         and s.feats[i].get("VerbForm") not in ("Inf", "Ger", "Conv", "Part")), None)
            if verb is not None and any(s.upos[i] in ("PROPN", "NOUN", "PRON") for i in range(c + 1, verb)):
                answers.append(c)
        return answers[-1] if answers else commas[0] if commas else 0
    return 0


def _relative_is_subject(s: _Sentence, r: int, verb: int) -> bool:
    """Whether the relative word at ``r`` is the subject of the verb at ``verb`` («пропозиція, яка
    передбачає …», "a draft that provides …"): then the noun it stands for is who or what acts, not the
    object of the verb, as it is in «пропозиція, яку підтримала Європа» or "a pause that Kyiv floated".
    Only adverbs, auxiliaries and particles may stand between; a Ukrainian or Russian relative must be
    nominative, agree with a past or present verb in gender and number («документ, який підтримала
    Європа»: the masculine «який» is the object of the feminine verb), and have no nominative noun after
    the verb in its clause (the plural «які» is nominative and accusative alike)."""
    if s.lemmas[r] not in _RELATIVE_WORDS or r >= verb or any(s.upos[k] not in ("ADV", "AUX", "PART")
                                                                for k in range(r + 1, verb)):
        return False
    if s.lemmas[r] in ("that", "which", "who"):
        # ("the plan, which was rejected by Kyiv": a passive's subject is what the verb acts on)
        return not any(s.surfaces[k] in _BE_FORMS for k in range(r + 1, verb))
    rf, vf = s.feats[r], s.feats[verb]
    if rf.get("Case") != "Nom":
        return False
    # «гарантії, які пропонують американці»: a subject after the verb makes the relative its object
    for k in range(verb + 1, len(s.words)):
        if s.upos[k] == "PUNCT":
            break
        # (a locative with no preposition before it is a misread nominative: «американці»)
        if s.upos[k] in ("NOUN", "PROPN") and s.feats[k].get("Case") in ("Nom", "Loc", "Voc", None) \
                and s.upos[k - 1] != "ADP":
            return False
    if vf.get("Number") and rf.get("Number") and vf["Number"] != rf["Number"]:
        return False
    return not (vf.get("Gender") and rf.get("Gender") and vf["Gender"] != rf["Gender"])


class _Extractor:
    """Runs the rules of the module docstring over one article."""

    def __init__(self, article, doc, *, index=None, own_side_speaker: bool = True, observer=None):
        self.own_side_speaker = own_side_speaker
        self.observer = observer  # called once per sentence with a SentenceView and the rules' stances
        self._memo: dict = {}
        self.article = article
        self.doc = doc
        self.language = article.language
        self.lex: Lexicon = load_lexicon(self.language)
        self.index = index or load_actors()
        self.preps = _PREPOSITIONS.get(self.language, set())
        cites = (getattr(article, "meta", None) or {}).get("cites")
        if isinstance(cites, (list, tuple)):
            cites = cites[0] if len(cites) == 1 else None  # several cited outlets: which one says what is unknown
        self.state = _State(source=cites)
        self._previous: list[Stance] = []
        self._party_members: dict[str, tuple] = {}  # synthetic "A + B" actors -> their members
        self._seen_people: list[Actor] = []  # people named so far, in order (for bare titles)
        self._acted_upon: set[str] = set()  # people whose last mention was a direct object («прийняв Зеленського»)
        self._paren_speakers: set[int] = set()
        self._told_next: Actor | None = None  # the speaker the next sentence names with «Про це заявив …»
        self._before_deal: set[str] = set()  # conditions "not before a deal is signed"
        self._until_conditions: set[str] = set()  # conditions opened by "until" (a negation before one is no refusal)
        self._zone: tuple = (set(), -1, ())
        self._relatives: list = []  # this sentence's relative clauses (for speakers before one)
        self._venues = _venues(self.index, getattr(article, "published_date", None))
        self._venue_stems = {place: self._place_stems(place) for place in self._venues}  # («жене», «моск»)
        self._kept: list = []  # this sentence's issue matches (for plan relatives)  # this sentence's joint subject: (mention starts, verb index)

    # -- sentence-level analyses ------------------------------------------------------------
    def _list(self, s: _Sentence, name: str, blocked=frozenset()):
        key = (id(s), name, frozenset(blocked))
        if key not in self._memo:
            found = match_patterns(self.lex.lists.get(name, []), s.lemmas, s.surfaces, s.upos, blocked=blocked)
            if name == "hedges":
                # «это возможно лишь при условии …», «це можливо тільки після …»: "possible" as the predicate of a
                # pointer, or restricted by «лише», says on what terms, not "perhaps"
                found = [h for h in found if not (h.end < len(s.words) and s.lemmas[h.end] in _ONLY
                                                  or h.start > 0 and s.lemmas[h.start - 1] in _POINTING)]
            if name == "modals":
                # «може бути», «может быть»: "maybe", or being in «не може бути й мови»; «може» says what one can do
                # only before a verb of doing
                found = [mm for mm in found if not (s.lemmas[mm.start] in ("могти", "мочь") and mm.end < len(s.words)
                                                    and s.lemmas[mm.end] in ("бути", "быть"))]
            if name == "existential_negation" and any(e.end == e.start + 1 for e in found):
                # a bare «немає», «нет» ("there is none") denies the issue unless an attitude word takes the denial:
                # one it is a word of («немає права», «у планах немає») or one before it in its clause («готовности
                # Киева к уступкам … нет»)
                cues = match_patterns(self.lex.cue_patterns, s.lemmas, s.surfaces, s.upos)
                found = [e for e in found if not (e.end == e.start + 1 and any(
                    e.start in c.tokens or (c.start < e.start and "," not in s.surfaces[c.start:e.start]) for c in cues))]
            if name in ("conditions", "past"):
                # "once more", "once again": a repetition, neither a condition ("once X agrees") nor the past
                # ("once backed")
                found = [c for c in found if not (s.surfaces[c.start] == "once" and c.end == c.start + 1
                                                  and c.end < len(s.words) and s.surfaces[c.end] in ("more", "again"))]
            self._memo[key] = found
        return self._memo[key]

    def _said(self, s: _Sentence) -> set[int]:
        """Where the sentence's speech verbs start, unblocked (asked for by the venue and the frame steps)."""
        key = (id(s), "said")
        if key not in self._memo:
            self._memo[key] = {sp.start for sp in match_patterns(self.lex.speech_patterns, s.lemmas, s.surfaces, s.upos)}
        return self._memo[key]

    def _past(self, s: _Sentence) -> list:
        """Markers of an explicitly past position: the `past` list, and a superseded draft («перша редакція»,
        "the original draft, since reworked") when the sentence tells it in the past tense."""
        told_in_past = any(s.feats[k].get("Tense") == "Past" for k in range(len(s.words)))
        return self._list(s, "past") + (self._list(s, "superseded") if told_in_past else []) + self._earlier_year(s)

    def _earlier_year(self, s: _Sentence) -> list:
        """«У 2022 році», «в 2019 году», "In 2022": a year before the article's own dates a position to then
        (talks of 2022 are not the talks of today); "since 2022" or «з 2022 року» runs up to now, and «як і в
        2022 році», "as in 2022" compare the present with it: neither is such a date."""
        published = getattr(self.article, "published", None)
        if published is None:
            return []
        out = []
        for k in range(1, len(s.words)):
            if not (s.surfaces[k].isdigit() and len(s.surfaces[k]) == 4 and 1990 <= int(s.surfaces[k]) < published.year):
                continue
            p = k - 2 if k >= 2 and s.lemmas[k - 1] in _MONTHS else k - 1  # ("In December 2022")
            # (only a date that opens the sentence or a clause after a comma dates its position: "Putin, who in
            # 2022 launched the invasion, now demands …" and "annexed Crimea in 2014 and demands …" date another
            # act)
            if s.lemmas[p] in ("у", "в", "in") and (p <= 2 or s.surfaces[p - 1] == ",") \
                    and not any(s.lemmas[j] in ("як", "как", "as", "like") for j in range(max(0, p - 2), p)):
                out.append(_Span(p, k + 1))
        return out

    @staticmethod
    def _meeting_subject_out(s: _Sentence, im):
        """«Путін не бачить сенсу зустрічатися із Зеленським»: a phrase naming both leaders whose first is the subject
        before the meeting word, the second after «з/із/с/with», is the subject's meeting with the other; the subject
        is no part of it (and so may hold it)."""
        words = sorted(im.tokens)
        first = words[0]
        meet = next((k for k in words if s.lemmas[k].startswith(("зустр", "встреч", "встрет", "meet", "talk", "переговор"))), None)
        if meet is None or first >= meet or not any(s.lemmas[first].startswith(stems) for stems in _LEADERS.values()) \
                or s.feats[first].get("Case") not in ("Nom", None) \
                or not any(s.lemmas[k - 1] in ("з", "із", "зі", "с", "со", "with") or k - 1 == meet for k in words if k > meet):
            # ("meet Putin": an English object needs no preposition)
            return im
        rest = frozenset(k for k in im.tokens if k != first)
        return replace(im, start=min(rest), tokens=rest)

    def _leaders_meet(self, s: _Sentence, im) -> bool:
        """Whether a talks phrase that names only one of the two leaders («зустрітися з путіним», "meet Zelensky")
        is a meeting of the two sides: someone of the other side named before it, and no third party between
        («Зеленський готовий до зустрічі з путіним»; not «Віткофф зустрінеться з путіним», nor «Зеленський заявив,
        що Трамп зустрінеться з путіним»). A phrase that names both leaders, or neither, stands."""
        # (the other leader may follow the match: "a summit between Putin and Zelensky")
        leaders = {k: side for k in range(im.start, min(len(s.words), im.end + 3)) for side, stems in _LEADERS.items()
                   if s.lemmas[k].startswith(stems)}
        sides = set(leaders.values())
        if len(sides) != 1:
            return True
        other = "Ukraine" if sides == {"Russia"} else "Russia"
        pairs = [(w.text, w.lemma or w.text) for w in s.words]
        named = sorted((m for m in self.index.find(pairs, self.language, kind="alias") + self.index.find(
            pairs, self.language, kind="reference") if m.end <= im.start and m.actor is not None and m.actor.side),
            key=lambda m: m.start)
        last_other = max((m.start for m in named if m.actor.side == other), default=None)
        return last_other is not None and not any(m.start > last_other and m.actor.side not in ("Russia", "Ukraine")
                                                  for m in named)

    def _possessors(self, s: _Sentence):
        """Possessor adjectives of the sentence («американський», "U.S."), matched once per sentence."""
        key = (id(s), "possessors")
        if key not in self._memo:
            self._memo[key] = match_patterns(self.lex.possessors, s.lemmas, s.surfaces, s.upos)
        return self._memo[key]

    def _mentions(self, s: _Sentence, issue_tokens: set) -> list[_Mention]:
        pairs = [(w.text, w.lemma or w.text) for w in s.words]
        refs = self.index.find(pairs, self.language, kind="reference")
        # one-typo matching only where the annotator saw an entity («рремля»), never on common words («країна»)
        known = [getattr(getattr(w, "parent", None), "ner", "O") in (None, "O") for w in s.words]
        aliases = self.index.find(pairs, self.language, kind="alias", known=known)
        taken: set[int] = set()
        mentions: list[_Mention] = []
        for m in sorted(refs, key=lambda m: m.start) + sorted(aliases, key=lambda m: m.start):
            span = set(range(m.start, m.end))
            if span & taken:
                continue
            taken |= span
            mentions.append(_Mention(m.start, m.end, m.actor, m.kind))
        # «американська й українська сторони», "American and Ukrainian teams": two sides' adjectives (of at
        # least seven letters, matched by their stem) on one group noun are both parties
        stems = _possessor_stems(self.lex)
        # each token's possessor, looked up once for the pairs here and the state bodies below
        possessor = [next((name for stem, name in stems if t.startswith(stem)), None) for t in s.surfaces]
        for k in range(len(s.words) - 3):
            a1, a2 = possessor[k], possessor[k + 2]
            if not (a1 and a2 and a1 != a2 and s.upos[k + 1] == "CCONJ" and s.lemmas[k + 3] in _GROUP_NOUNS):
                continue
            span = set(range(k, k + 4))
            members = tuple(a for a in (self.index.get(a1), self.index.get(a2)) if a is not None)
            inside = [m for m in mentions if set(range(m.start, m.end)) <= span]
            if (span & taken) - {k for m in inside for k in range(m.start, m.end)} or len(members) < 2:
                continue
            mentions = [m for m in mentions if m not in inside]  # «українська сторони» is part of the pair
            mentions.append(_Mention(k, k + 4, self._parties_actor(members), "pair"))
            taken |= span
        # «бельгійський уряд», "the Belgian government", «российские власти»: a state's adjective on a noun for its
        # government stands for that state
        for k in range(len(s.words) - 1):
            state = possessor[k]
            if state and s.lemmas[k + 1] in _STATE_BODIES and not {k, k + 1} & taken and self.index.get(state) is not None:
                mentions.append(_Mention(k, k + 2, self.index.get(state), "reference"))
                taken.update((k, k + 1))
        # «обидва президенти», "both presidents": the two presidents named last
        for k in range(len(s.words) - 1):
            if (s.lemmas[k], s.lemmas[k + 1]) in _BOTH_PRESIDENTS and not {k, k + 1} & taken:
                named = [m.actor for m in mentions if m.actor is not None and m.end <= k]
                presidents = []
                for a in reversed(self._seen_people + named):
                    # (the presidents who acted, not one received or named as an object: «Трамп розмовляв із
                    # господарем Кремля … прийняв Зеленського. … обидва президенти» are Trump and Putin)
                    if a.label == "PERS" and a.name not in {p.name for p in presidents} and a.name not in self._acted_upon and any(
                            "президент" in t or "president" in t for ts in a.titles.values() for t in ts):
                        presidents.append(a)
                if len(presidents) >= 2:
                    mentions.append(_Mention(k, k + 2, self._parties_actor(presidents[:2]), "pair"))
                    taken.update((k, k + 1))
        # a bare title («президент», "the chancellor") after the person has been named
        person_starts = {m.start for m in mentions if m.actor is not None and m.actor.label == "PERS"}
        for tm in match_patterns(_title_patterns(self.index, self.language), s.lemmas, s.surfaces, s.upos):
            if set(range(tm.start, tm.end)) & taken or any(
                    k in person_starts for k in range(tm.end, min(tm.end + 3, len(s.words)))):
                continue  # part of a longer reference, or followed by the name it introduces
            if self.language == "en" and not (tm.start > 0 and s.surfaces[tm.start - 1] == "the"):
                continue  # "President Trump", "a minister": only "the president" stands for someone named before
            if tm.end < len(s.words) and s.lemmas[tm.end] in _COUNTRY_NOUNS:
                # «Туреччина готова …, наголосив президент країни»: the titled person of the country named before
                states = [m.actor for m in mentions if m.actor is not None and m.actor.label == "LOC" and m.actor.side
                          and m.end <= tm.start]
                person = next((a for a in self.index.actors if states and a.name in tm.pattern.payload
                               and a.side == states[-1].side), None)
                if person is not None:
                    mentions.append(_Mention(tm.start, tm.end + 1, person, "title"))
                    taken.update(range(tm.start, tm.end + 1))
                continue
            if tm.end < len(s.words) and (s.surfaces[tm.end] == "of" or (
                    s.upos[tm.end] in ("NOUN", "PROPN") and s.feats[tm.end].get("Case") == "Gen")):
                continue  # «Президент Фінляндії», "the president of Finland": someone else
            here = [m.actor for m in mentions if m.actor is not None and m.actor.label == "PERS" and m.end <= tm.start]
            # the titled person named last, preferring one who acted over one acted upon («Трамп прийняв
            # Зеленського. … президент заявив» is Trump)
            titled = [a for a in reversed(self._seen_people + here) if a.name in tm.pattern.payload]
            if self.language == "en" and s.surfaces[:2] == ["as", "for"] and "," in s.surfaces:
                # ("As for Putin and Zelensky, a meeting with the two of them would have to wait, the president said":
                # who a fronted "as for" names is what the sentence is about, not who speaks in it)
                about = s.surfaces.index(",")
                topic = {m.actor.name for m in mentions if m.actor is not None and m.end <= about}
                titled = [a for a in titled if a.name not in topic] or titled
            person = next((a for a in titled if a.name not in self._acted_upon), titled[0] if titled else None)
            if person is not None:
                mentions.append(_Mention(tm.start, tm.end, person, "title"))
                taken.update(range(tm.start, tm.end))
        for group in ("person", "group"):
            for pm in self._list(s, f"pronouns_{group}"):
                if pm.start in taken:
                    continue
                mentions.append(_Mention(pm.start, pm.end, None, f"pronoun_{group}"))
                taken.add(pm.start)
        # «Дрисколл привез документ Зеленскому, и тот согласился …», "…, and the latter agreed": the person named
        # last before it, not the subject
        for k in range(2, len(s.words)):
            latter = (s.surfaces[k] in ("тот", "той") and s.lemmas[k - 1] in _AND) or (
                s.surfaces[k - 1] == "the" and s.surfaces[k] == "latter")
            if not latter or k in taken:
                continue
            before = [m for m in mentions if m.actor is not None and m.actor.label == "PERS" and m.end <= k]
            if len(before) >= 2:
                mentions.append(_Mention(k, k + 1, max(before, key=lambda m: m.start).actor, "alias"))
                taken.add(k)
        actor_starts = {m.start for m in mentions if m.actor is not None}
        for cm in self._list(s, "collective_holders"):
            if set(range(cm.start, cm.end)) & taken or any(
                    cm.end <= k <= cm.end + 2 and k in actor_starts and not any(
                        s.upos[j] in ("VERB", "AUX") for j in range(cm.end, k)) for k in range(cm.end, cm.end + 3)):
                continue  # «лідери європейських країн»: a group head before a named actor, not the parties
            mentions.append(_Mention(cm.start, cm.end, None, "collective",
                                     leaders=s.lemmas[cm.end - 1] in ("лідер", "лидер", "leader") and all(
                                         s.surfaces[k] == "the" for k in range(cm.start, cm.end - 1)),
                                     both=s.lemmas[cm.start] in _BOTH,
                                     sides=s.lemmas[cm.end - 1] in _SIDE_NOUNS,
                                     object_like=self._object_like(s, cm, mentions)))
            taken.update(range(cm.start, cm.end))
        for sm in self._list(s, "statement_nouns"):
            if not set(range(sm.start, sm.end)) & taken:
                mentions.append(_Mention(sm.start, sm.end, None, "statement"))
                taken.update(range(sm.start, sm.end))
        for pm in self._list(s, "plan_nouns"):
            if pm.start in taken:
                continue
            # «У документі наголошено» after a statement and no plan since: the document is the statement
            generic = pm.end - pm.start == 1 and s.lemmas[pm.start] in _GENERIC_DOCUMENTS
            recent = self.state.authors and self.state.authors_age < _STATEMENT_AGE and not self.state.plan_since_statement
            mentions.append(_Mention(pm.start, pm.end, None, "statement" if generic and recent else "plan"))
        if self.language == "en" and self.state.authors and self.state.authors_age == 0 and self.state.statement_subject \
                and not self.state.plan_subject and s.surfaces[0] == "it" and 0 not in taken:
            # "The joint statement, issued by …, said …. It also called for …": right after a sentence whose subject
            # is the statement, an «It» that does something (not "It is hard …", "It took Russia two days") is it
            verb = next((k for k in range(1, min(len(s.words), 3)) if s.upos[k] not in ("ADV",)), None)
            if verb is not None and s.upos[verb] == "VERB" and s.lemmas[verb] not in _EXPLETIVE_VERBS:
                mentions.append(_Mention(0, 1, None, "statement"))
                taken.add(0)
        if self.state.plan_subject and self.language == "en":
            for k, t in enumerate(s.surfaces[:3]):
                if t == "it" and k not in taken:  # "It also proposes …" after a sentence about the plan
                    mentions.append(_Mention(k, k + 1, None, "plan"))
        elif self.state.plan_subject and self.state.plan_introduced:
            # «… виклали власний контрпроєкт. Він передбачає армію …»: a pronoun right before a verb of what a text
            # contains, with its object after it (not «він передбачає, що …», a person who foresees), is the plan
            for k, t in enumerate(s.surfaces[:4]):
                if t in _IT_PRONOUNS and k + 2 < len(s.words) and s.lemmas[k + 1] in _CONTAINS \
                        and s.upos[k + 2] in ("NOUN", "ADJ", "NUM"):
                    mentions = [m for m in mentions if m.start != k]
                    mentions.append(_Mention(k, k + 1, None, "plan"))
                    taken.add(k)
        statement_before = bool(self.state.authors) and self.state.authors_age == 0
        if (self.state.plan_subject and self.state.plan_introduced) or statement_before:
            # «Чисельність ЗСУ в ньому пропонують обмежити …», «В нем говорится о …»: «in it» right after a sentence
            # that brought in a plan with its owner, or issued a statement, is that text
            for k in range(len(s.words) - 1):
                if s.lemmas[k] in ("в", "у", "во") and s.surfaces[k + 1] in ("ньому", "нім", "ній", "нем", "нём", "ней"):
                    mentions = [m for m in mentions if m.start != k + 1]
                    mentions.append(_Mention(k + 1, k + 2, None, "plan" if self.state.plan_introduced else "statement"))
                    taken.add(k + 1)
        for k in range(len(s.words) - 1):  # «його країна», "his country": the speaker's own state
            if s.surfaces[k] in _POSSESSIVES and s.lemmas[k + 1] in ("країна", "country", "страна") and k + 1 not in taken:
                # the person named earlier in the sentence («Рябков заявив, що його країна …»), else the last one
                here = [m.actor for m in mentions if m.actor is not None and m.actor.label == "PERS" and m.end <= k]
                person = here[-1] if here else self.state.last_person
                state = self.index.get(person.side) if person is not None and person.side else None
                if state is not None:
                    mentions = [m for m in mentions if not (m.start == k and m.kind.startswith("pronoun"))]
                    mentions.append(_Mention(k, k + 2, state, "reference"))
                    taken.update((k, k + 1))
        mentions.sort(key=lambda m: m.start)
        # merge adjacent mentions of one actor («очільник кремля володимир путін»)
        merged: list[_Mention] = []
        for m in mentions:
            if merged and m.actor is not None and merged[-1].actor is not None and merged[-1].actor.name == m.actor.name \
                    and merged[-1].end == m.start:
                merged[-1].end = m.end
                continue
            merged.append(m)
        group_heads = self._list(s, "group_heads")
        for m in merged:
            m.in_pp = self._in_pp(s, m.start)
            # the head: the first noun («глава держави», «очільник кремля»), after any adjective
            head = next((k for k in range(m.start, m.end) if s.upos[k] in ("NOUN", "PROPN")), m.end - 1)
            case = s.feats[head].get("Case")
            if m.actor is not None and m.actor.label == "PERS" and m.end - m.start > 1 and all(
                    s.upos[k] == "PROPN" for k in range(m.start, m.end)):
                # «Джорджа Мелони», «Кир Стармер», «Кіра Стармера»: the surname tells the case, a given name may read
                # as another word's form; a surname as the dictionary of names spells it is uninflected («Урсула фон
                # дер Ляйен», whose «Ляйен» the tagger guesses to be a genitive)
                last = s.words[m.end - 1].text
                spelt = {a.split()[-1].lower() for a in (m.actor.aliases.get(self.language) or []) if a.strip()}
                case = "Nom" if last.lower() in spelt else s.feats[m.end - 1].get("Case")
            if s.feats[head].get("Abbr") == "Yes" and not (head > 0 and s.upos[head - 1] in ("NOUN", "PROPN")):
                # «США», «ЄС» do not inflect: the case the dictionary guessed says nothing, unless the word
                # follows a noun it qualifies («війська НАТО», «канцлер ФРГ»)
                case = None
            if case == "Acc" and s.feats[head].get("Gender") == "Fem":
                case = "Gen"  # «Москву»: a feminine accusative differs from the nominative, so it is an object
            possessive = m.kind.startswith("pronoun") and s.surfaces[m.start] in ("його", "її", "his", "her", "его", "ее", "её", "їх", "their", "их")
            # (a name in the dative singular is unambiguous: «предоставить Киеву гарантии» gives to Kyiv)
            # (with no number in its features, only after a verb or before the clause's own subject: «надати Україні
            # гарантії», «москві американці пропонують», not «Угорщині вдалося»)
            dative = case == "Dat" and s.upos[head] == "PROPN" and (s.feats[head].get("Number") == "Sing" or (
                s.feats[head].get("Number") is None and ((m.start > 0 and s.upos[m.start - 1] == "VERB") or (
                    m.end < len(s.words) and s.upos[m.end] in ("NOUN", "PROPN") and s.feats[m.end].get("Case") in ("Nom", "Loc")))))
            # (a locative with no preposition before it is a misread nominative: «москві американці пропонують»)
            oblique = (case in _OBLIQUE or dative) and m.kind not in ("pronoun_person", "pronoun_group", "plan", "collective") \
                and not (m.kind == "pair" and case == "Gen")  # «сторони»: a plural the dictionary reads as genitive
            in_issue = bool(set(range(m.start, m.end)) & issue_tokens) and m.kind not in ("plan", "pair") and not (
                # «Європейські країни готові розмістити свої війська»: a subject opening its clause whose adjective the
                # issue also reads («європейськ*») is still the subject
                case == "Nom" and m.end < len(s.words) and m.end not in issue_tokens
                and (m.start == 0 or s.surfaces[m.start - 1] in (",", ":", "—") or s.lemmas[m.start - 1] in _THAT))
            media = m.actor is not None and m.actor.name in self.lex.media
            # (a nominative after the head is a new phrase: «з обома лідерами американський президент …»)
            if m.actor is not None and self._after_group_head(s, m.start, group_heads) and not (
                    self.language != "en" and case == "Nom"):
                head_pp = self._in_pp(s, min(h.start for h in group_heads if m.start - 3 <= h.end - 1 < m.start))
                m.in_pp, oblique = head_pp, False
            # "Kyiv's allies insist …", "Ukraine's Western backers": the allies hold it, not Kyiv
            k = m.end + 1 if m.end < len(s.words) and s.surfaces[m.end] in ("'s", "’s") else None
            while k is not None and k < len(s.words) - 1 and k <= m.end + 2 and s.upos[k] in ("ADJ", "PROPN", "NOUN") \
                    and s.lemmas[k] not in _SUPPORTERS:
                k += 1
            allied = k is not None and k < len(s.words) and s.lemmas[k] in _SUPPORTERS
            # («група, яка за участі США напрацює …», "with the participation of Turkey": a participant named
            # after the noun takes part in another's act; it does not hold the act's position)
            before = m.start - 1 - (m.start >= 2 and s.surfaces[m.start - 1] == "of")
            participant = before >= 1 and (s.lemmas[before] in _PARTICIPATION or s.surfaces[before] in _PARTICIPATION) \
                and (s.upos[before - 1] == "ADP" or s.lemmas[before - 1] in ("за", "з", "із", "при", "with"))
            # («взяв участь Умєров»: the one who took part is the subject)
            m.eligible = not (m.in_pp or oblique or in_issue or possessive or media or allied or participant
                              or self._english_object(s, m))
            if m.kind == "statement":
                m.eligible = not in_issue  # «у заяві йдеться»: the statement speaks from inside its phrase
        self._seen_people.extend(m.actor for m in merged if m.actor is not None and m.actor.label == "PERS")
        for m in merged:
            if m.actor is not None and m.actor.label == "PERS":
                (self._acted_upon.add if not (m.eligible or m.in_pp) else self._acted_upon.discard)(m.actor.name)
        return merged

    def _english_object(self, s: _Sentence, m: _Mention) -> bool:
        """An English name right after a lexical verb is its object, not a subject ("would bar Ukraine from
        NATO", "pressed Kyiv to answer"): English marks no case, so word order is the only clue."""
        if self.language != "en" or m.kind not in ("alias", "reference", "fuzzy", "title", "pair"):
            return False
        k = m.start - 1
        while k >= 0 and s.upos[k] == "DET":
            k -= 1
        if k <= 0 or s.upos[k] != "VERB" or not s.words[k].text.islower():
            return False  # (a capitalised "VERB" is a title the tagger misread: "Prime Minister Keir Starmer")
        # a speech verb reports what follows ("said Washington had proposed", "…," said Zelensky); only "tell"
        # takes its addressee as object ("told Kyiv")
        speech = s.lemmas[k] != "tell" and any(sp.start == 0 for sp in match_patterns(
            self.lex.speech_patterns, s.lemmas[k:k + 2], s.surfaces[k:k + 2], s.upos[k:k + 2]))
        return not speech

    def _in_pp(self, s: _Sentence, start: int) -> bool:
        """A preposition governs the mention: right before it, or before a short chain of nouns and
        adjectives that ends in it («із країн-членів НАТО», "from European countries")."""
        k = start - 1
        steps = 0
        while k >= 0 and steps < 4:
            if s.surfaces[k] in self.preps:
                if steps > 0 and s.lemmas[k + 1] in _TIME_NOUNS:
                    return False  # «У неділю глава держави …», "on Sunday": a time phrase is closed after its noun
                # «Зі свого боку президент …»: a nominative after a closed phrase starts a new one
                case = s.feats[start].get("Case")
                if case is None:
                    # «у заяві глава держави Володимир Зеленський»: a title of no clear case takes the case of
                    # the name it introduces
                    case = next((s.feats[j].get("Case") for j in range(start + 1, min(len(s.words), start + 4))
                                 if s.upos[j] == "PROPN" and s.feats[j].get("Case")), None)
                if self.language != "en" and steps > 0 and s.upos[start - 1] == "PROPN" and (
                        case is None or s.upos[start] != "PROPN"):
                    return False  # «в НАТО глава держави», «У Женеві європейці»: a name closes the phrase
                if self.language == "en" and steps > 0 and s.upos[start - 1] == "PROPN" and s.upos[start] == "PROPN" \
                        and k > 0 and s.upos[k - 1] in ("NOUN", "PROPN") and s.words[k - 1].text[:1].isupper() \
                        and not any(s.upos[j] in ("VERB", "AUX") for j in range(k)):  # (a title that opens the clause)
                    return False  # "Ambassador to the United Nations Mike Waltz": the title's phrase ends at the name
                if steps > 0 and self.language != "en" and start + 1 < len(s.words) and s.upos[start] == "NOUN" \
                        and s.upos[start + 1] in ("VERB", "AUX") and s.feats[start + 1].get("VerbForm") == "Fin" \
                        and s.feats[start + 1].get("Number") == "Plur" and (
                            s.feats[start].get("Number") == "Plur" or s.lemmas[start] in _GROUP_NOUNS):
                    return False  # «На московських переговорах сторони погодили …»: a plural verb's subject follows the phrase
                if steps > 1 and s.upos[start - 1] == "CCONJ" and s.feats[start - 2].get("Case") not in (None, "Nom"):
                    return True  # «з Україною та США»: a conjunct takes the case of the one before it («США» does not inflect)
                return steps == 0 or case != "Nom"
            if s.upos[k] not in ("NOUN", "ADJ", "DET", "NUM", "PROPN", "CCONJ", "PRON") or s.surfaces[k] in {",", "."}:
                return False
            k -= 1
            steps += 1
        return False

    def _after_group_head(self, s: _Sentence, start: int, heads) -> bool:
        """«лідери ряду європейських країн», "leaders of the coalition": a group head noun right before."""
        for h in heads:
            if start - 3 <= h.end - 1 < start and not any(s.surfaces[k] in {",", ".", "—", "–"} or (s.surfaces[k] in self.preps and s.surfaces[k] != "of")
                                                          for k in range(h.end, start)):
                return True  # («лідери разом із Канадою»: a preposition in between makes it no genitive of the head)
        return False

    def _resolve(self, m: _Mention, context_people: list) -> Actor | None:
        if m.actor is not None:
            return m.actor
        if m.kind == "pronoun_person":
            people = [a for a in context_people if a.label == "PERS"]
            return people[-1] if people else self.state.last_person
        if m.kind == "statement" and self.state.authors:
            # «Заява коротка», «Підписанти також …»: the statement named last, however many sentences back
            # (a generic «документ» only stands for it while it is recent, see _mentions)
            return self._parties_actor(self.state.authors)
        if m.kind in ("statement", "collective"):  # no authors known: the parties of the last joint act
            fresh = self.state.parties if self.state.parties_age <= 2 else ()
            colon, named = getattr(self, "_colon_parties", (None, ()))
            if m.kind == "collective" and named and m.start > colon:
                return self._parties_actor(named)
            both = getattr(self, "_both_ahead", None)
            if m.kind == "collective" and both is not None and m.start < both[0] and len(fresh) < 2 \
                    and m.both:
                return self._parties_actor(both[1])
            if not fresh and self.state.authors and m.leaders:
                return self._parties_actor(self.state.authors)  # «Лідери запропонували …»: who signed the statement
            if not fresh and self.state.orgs and self.state.orgs_age <= 1:
                # «Зібралася коаліція охочих. Учасники домовилися …», also past one sentence that names no other
                # organisation ("Leaders of the coalition … met. They agreed to … . The participants also restated …")
                return self.state.orgs[-1]
            if len(fresh) < 2 and m.kind == "collective" and self.state.venue_age <= _VENUE_LIFE and not m.object_like:
                return self._parties_actor(self.state.venue, sides=m.sides)  # «У Женеві … . Там сторони погодили …»
            return self._parties_actor(fresh, sides=m.kind == "collective" and m.sides)
        if m.kind == "pronoun_group":
            groups = [a for a in context_people if a is not None and a.label != "PERS"]
            if groups:
                return groups[-1]
            if self.state.authors and self.state.authors_age == -1:
                # («Європейські партнери … : у спільній заяві 21 жовтня вони підтримали …»: who issued the statement
                # named in this very sentence)
                return self._parties_actor(self.state.authors)
            if len(self.state.authors) >= 2 and self.state.authors_age <= min(1, self.state.parties_age):
                # "The joint statement carried the names of … . Halting the fighting …, they wrote, …": the signers
                return self._parties_actor(self.state.authors)
            if self.state.parties and self.state.parties_age <= 1:
                return self._parties_actor(self.state.parties)  # «Віткофф і Умєров … . За їхніми словами»
            return self.state.last_group
        return None

    def _object_like(self, s: _Sentence, cm, mentions) -> bool:
        """«Трамп закликав сторони …», "urged both sides to …": a group noun right after a verb that has its own
        subject is whom the verb acts on. («Мирний план підтримали обидві сторони», "Rubio said both delegations
        backed …": a plural verb with no subject before it, or a verb the group noun is the subject of, is not.)"""
        v = cm.start - 1
        if v < 0 or s.upos[v] != "VERB":
            return False
        if self.language == "en":
            return not (cm.end < len(s.words) and s.upos[cm.end] in ("VERB", "AUX"))
        clause = 1 + max([k for k in range(v) if s.surfaces[k] in (",", ";", ":")], default=-1)
        return s.feats[v].get("Number") == "Sing" or any(
            m.actor is not None and m.actor.side and m.end <= v for m in mentions) or any(
            # («Посередники закликали сторони …»: a plural noun before the verb is its subject)
            s.upos[k] == "NOUN" and s.feats[k].get("Number") == "Plur" and s.feats[k].get("Case") in ("Nom", None)
            for k in range(clause, v))

    def _place_venue(self, s: _Sentence, mentions) -> None:
        """«у Женеві», "in Geneva", "the Geneva talks", «на женевських переговорах»: the text places itself at a
        round of two delegations (knowledge/rounds.yaml) held by the article's date, in a sentence about talks;
        «сторони», "both delegations" with no parties named just before are then those two. A city named
        with a preposition of place afterwards («Потім у Стамбулі …», «полетів до Москви») moves the text
        elsewhere; a place named otherwise («у Москви есть условия», «у Москві заявили») does not."""
        n = len(s.words)
        about_talks = any(s.lemmas[k] in _TALKS or s.lemmas[k] in _GROUP_NOUNS or s.lemmas[k] in ("раунд", "round")
                          for k in range(n))  # (talks, a round, or the sides, delegations and negotiators at them)
        said = self._said(s)
        for m in mentions:
            a = m.actor
            if a is None or a.label != "LOC" or (a.side and not a.stands_for) or a.name in _TERRITORY_PLACES:
                continue  # (a state, or a territory the talks are about, is no venue)
            # («у Москви є умови»: «у» with the genitive is "has", not "in"; «до», "to" only after a journey or
            # before talks: «полетів до Москви», "sent Umerov to Geneva for talks", not "the draft will be sent to Moscow")
            located = m.start > 0 and ((s.lemmas[m.start - 1] in _TO and (any(
                s.lemmas[k] in _JOURNEY or s.surfaces[k] in _JOURNEY for k in range(max(0, m.start - 4), m.start - 1))
                or any(s.lemmas[k] in _TALKS for k in range(m.end, min(n, m.end + 3))))) or (
                s.lemmas[m.start - 1] in _IN and s.feats[m.start].get("Case") != "Gen"
                and not (m.start > 1 and s.lemmas[m.start - 2] in _SEATED)))  # ("The WHO, based in Geneva")
            talks_after = m.end < n and s.lemmas[m.end] in _TALKS
            if not (located or talks_after) or m.end in said:
                continue  # («у Москві заявили»: the seat of power speaking, not where talks were held)
            if a.name in self._venues:
                # (a sentence with no talks in it places only itself: «Президент виступив у Женеві на форумі»)
                self.state.venue, self.state.venue_age = self._venues[a.name], 0 if about_talks else _VENUE_LIFE
            else:
                self.state.venue, self.state.venue_age = (), 99
        for k in range(n - 1):
            if s.upos[k] == "ADJ" and s.lemmas[k + 1] in _TALKS:
                for place, parties in self._venues.items():
                    if any(s.lemmas[k].startswith(stem) for stem in self._venue_stems[place]):
                        self.state.venue, self.state.venue_age = parties, 0

    def _place_stems(self, place: str) -> list[str]:
        """«Женева» -> «жене», which begins its adjective «женевський»; «Москва» -> «моск» («московський»).
        (Names of four letters or fewer have adjectives too unlike them to guess.)"""
        names = ((self.index.get(place).aliases or {}).get(self.language) or []) if self.index.get(place) else []
        return [token_key(str(a))[:4] for a in names if len(str(a)) > 4]

    def _parties_actor(self, members, sides: bool = False) -> Actor | None:
        """One synthetic actor standing for several parties; its stances are split per member at the
        end of the sentence. With ``sides``, each person stands for the country of their side: «Віткофф і
        Кушнер працювали з Умєровим і Гнатовим. Сторони погодили рамку» — "the sides" are the United States
        and Ukraine (a party with no side of its own stays as it is)."""
        flat: list[Actor] = []
        for a in members:  # a party that is itself several parties («американська й українська сторони»)
            for b in self._party_members.get(a.name, (a,)):
                if sides and b.label == "PERS" and b.side:
                    b = self.index.get(b.side) or b
                if b.name not in {x.name for x in flat}:
                    flat.append(b)
        members = flat
        if not members:
            return None
        if len(members) == 1:
            return members[0]
        name = " + ".join(a.name for a in members)
        self._party_members[name] = tuple(members)
        sides = {a.side for a in members}
        # one side («Путін і Лавров»): the side, so that a compromise phrase is signed for it
        return Actor(name=name, label="PARTIES", side=sides.pop() if len(sides) == 1 else "(parties)")

    def _joint_subject(self, s: _Sentence, mentions) -> tuple[list, int]:
        """The parties of a joint act: two or more actors before the sentence's first finite verb, when
        that verb is plural (uk/ru agreement) or, in English, when «and» joins them. Mentions after
        «разом із» / "together with" or «між» / "between" count («Зеленський разом із Мерцом …
        оприлюднили», "talks between U.S. and Ukrainian negotiators ended"). Returns the mentions and
        the verb's index ([] when there is no joint subject)."""
        n = len(s.words)
        if self.language == "en":  # the built-in English tags mark only past forms as finite
            first_actor = min((m.end for m in mentions if m.actor is not None), default=n)
            verb = next((k for k in range(first_actor, n) if s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") != "Ger"
                         and s.upos[k - 1] not in ("ADP", "DET") and s.surfaces[k - 1] != "to"
                         and not s.words[k].text[:1].isupper()), None)  # ("(Sample Wire)" in a dateline is no verb)
        else:
            # («делегації США та України, які очолили Рубіо та Єрмак, оголосили …»: a relative clause set off by
            # commas after the subject is skipped, verb and names alike)
            inside: set[int] = set()
            for k in range(1, n):
                # («делегації США та України, що зустрілися в Женеві, погодили …»: «що» right before a verb and
                # closed by a comma is the relative pronoun too)
                if s.surfaces[k - 1] == "," and (s.lemmas[k] in _RELATIVE_WORDS or self._shcho_relative(s, k)):
                    end = next((j for j in range(k + 1, n) if s.surfaces[j] in (",", ";", ".")), n)
                    if end < n and s.surfaces[end] == ",":
                        inside.update(range(k, end + 1))
            verb = next((k for k in range(n) if s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") == "Fin"
                         and k not in inside), None)
            mentions = [m for m in mentions if m.start not in inside]
        if verb is None:
            return [], -1
        comitative = [m for m in self._list(s, "comitatives") if m.end <= verb]
        if self.language in ("uk", "ru") and s.feats[verb].get("Number") != "Plur" and not comitative:
            return [], -1  # («Зеленський разом із лідерами підписав заяву»: «разом із» joins them all the same)
        if self.language == "en" and not any(s.surfaces[k] == "and" for k in range(verb)):
            return [], -1
        joined_from = min([m.end for m in self._list(s, "comitatives") + self._list(s, "between") if m.end <= verb] + [n])
        zone = [m for m in mentions if m.end <= verb and m.actor is not None and m.actor.side
                and m.actor.name not in self.lex.media and (m.eligible or m.start >= joined_from)
                and (m.actor.label == "PERS" or m.actor.stands_for or m.actor.label in ("LOC", "ORG"))]
        # «прем'єр Польщі Дональд Туск», «президентом Франції Емманюелем Макроном»: a state in the genitive
        # or right before a person's name describes that person
        person_starts = {m.start for m in mentions if m.actor is not None and m.actor.label == "PERS"}
        # (after «разом із низкою» a genitive is the company itself: «разом із низкою європейських лідерів»)
        # («делегації США та України»: genitives owning a group noun are the parties themselves)
        owned = set()
        for m in sorted(zone, key=lambda m: m.start):
            if m.start > 0 and (s.lemmas[m.start - 1] in _GROUP_NOUNS or (
                    m.start > 1 and s.upos[m.start - 1] == "CCONJ" and m.start - 1 in owned)):
                owned.update((m.start, m.end))
        zone = [m for m in zone if m.actor.label == "PERS" or m.start in owned or not (
            (s.feats[m.end - 1].get("Case") == "Gen" and m.start < joined_from) or m.end in person_starts
            or (m.end + 1 in person_starts and s.lemmas[m.end] not in _AND))]  # ("Europe and Zelensky": two parties)
        if len({(self.index.get(m.actor.holder) or m.actor).name for m in zone}) < 2:
            return [], -1
        return zone, verb

    def _partners(self, s: _Sentence, mentions, verb: int | None) -> tuple[tuple, bool]:
        """Who the subject acted with, of another side: «Віткофф і Кушнер працювали з українськими
        переговорниками — Умєровим та Гнатовим», "Witkoff met with Umerov". They are parties of the act,
        and a later «сторони», "both sides" stands for all of them. Returns them and whether they are all
        the parties ("talks between A and B") rather than the subject's partners."""
        n = len(s.words)
        person_starts = {m.start for m in mentions if m.actor is not None and m.actor.label == "PERS"}

        def describes(m) -> bool:  # "the president's envoys", «спецпосланець Трампа Стів Віткофф»: whose, not who
            return m.end < n and (s.surfaces[m.end] in ("'s", "’s") or (
                s.feats[m.end - 1].get("Case") == "Gen" and (m.end in person_starts or m.end + 1 in person_starts)))

        def named_in(lo: int, hi: int, keep=lambda m: True) -> list:
            """The actors (people as themselves, others as their side) named from ``lo`` to ``hi``, once each."""
            out: list = []
            for m in mentions:
                if lo <= m.start < hi and m.actor is not None and m.actor.side and m.actor.name not in self.lex.media \
                        and not describes(m) and keep(m):
                    actor = m.actor if m.actor.label == "PERS" else (self.index.get(m.actor.holder) or m.actor)
                    if actor.name not in {a.name for a in out}:
                        out.append(actor)
            return out

        for bm in self._list(s, "between"):
            # "meetings in Miami between Ukraine's chief negotiator, Rustem Umerov, and the president's envoys":
            # whoever «між», "between" names after talks, when they are of two sides ("the gap between Kyiv and
            # Washington" names no talks)
            if not any(s.lemmas[k] in _TALKS for k in range(max(0, bm.start - 4), bm.start)):
                continue
            end = next((k for k in range(bm.end, n) if s.surfaces[k] in (";", ".") or (
                s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") == "Fin")), n)
            named = named_in(bm.end, end)
            if len({a.side for a in named}) >= 2:
                return tuple(named), True
        if verb is None:
            verb = next((k for k in range(n) if s.upos[k] in ("VERB", "AUX") and (
                s.feats[k].get("VerbForm") == "Fin" or self.language == "en")), None)
        if verb is None:
            return (), False
        subject_sides = {m.actor.side for m in mentions if m.end <= verb and m.eligible and m.actor is not None}
        if not subject_sides:
            return (), False
        # (a place may come between: «працював у Маямі з Умєровим», "met in Miami with Umerov")
        # (and the means: «говорив телефоном з Путіним», "spoke by phone with Putin")
        w = next((k for k in range(verb + 1, min(n, verb + 5)) if s.lemmas[k] in _WITH), None)
        if w is None or any(s.upos[k] not in ("ADV", "PART", "ADP", "PROPN") and s.lemmas[k] not in _MEANS
                            for k in range(verb + 1, w)):
            return (), False
        # (up to the next verb of any form or "to": "… with Umerov in Miami to discuss the Kremlin demands")
        end = next((k for k in range(w + 1, n) if s.surfaces[k] in (";", ".", "to") or s.upos[k] in ("VERB", "AUX")
                    or (s.upos[k] == "ADP" and k > w + 1)), n)  # ("… with Lavrov about the gap between …")
        # («прилетів з Москви» is from, not with: in Ukrainian and Russian «з», «с» takes the instrumental)
        return tuple(named_in(w + 1, end, lambda m: m.actor.side not in subject_sides and (
            self.language == "en" or s.feats[m.end - 1].get("Case") in ("Ins", None)))), False

    def _members(self, zone) -> tuple:
        """The parties of ``zone`` mentions: each person, or their side when three or more people of one
        side are named together (the convention for joint statements); states as themselves."""
        people: dict[str, list] = {}
        for m in zone:
            if m.actor.label == "PERS":
                people.setdefault(m.actor.side, []).append(m.actor)
        out: list[Actor] = []
        for m in zone:
            a = m.actor
            if a.label == "PERS" and len({p.name for p in people[a.side]}) >= 3:
                a = self.index.get(a.side) or a
            elif a.label != "PERS":
                a = self.index.get(a.holder) or a
            if a.name not in {o.name for o in out}:
                out.append(a)
        return tuple(out)

    def _plan_owner(self, s: _Sentence, m: _Mention, mentions) -> Actor | None:
        """The owner a plan noun names next to it («американський план», "their counter-draft", "Kyiv's
        draft", «план Трампа»), or None."""
        for p in self._possessors(s):
            if m.start - 2 <= p.end - 1 < m.start or (p.start == m.end):
                actor = self.index.get(p.pattern.payload)
                if actor:
                    return actor
        if self.language != "en":
            # («Подготовленный европейцами контрпроект поднимает …»: the agent of a participle of writing right before
            # the noun, in the instrumental)
            for other in mentions:
                if other.actor is not None and other.actor.side and other.end == m.start and other.start > 0 \
                        and s.surfaces[other.start - 1].lower().startswith(_AUTHORING) \
                        and s.feats[other.end - 1].get("Case") in ("Ins", None):
                    return self.index.get(other.actor.holder) or other.actor
        for other in mentions:
            if other.actor is None and other.kind == "pronoun_group" and other.end == m.start \
                    and (s.surfaces[other.start] in _POSSESSIVES | {"їхній", "їхня", "їхнє", "їхні", "їхню", "їх", "их", "their"}
                         or s.lemmas[other.start] == "їхній"):
                # «Їхній контрпроєкт», "their counter-draft": the group the pronoun stands for, named before it
                # in the sentence («пропонують європейці, відомо з їхнього контрпроєкту») or earlier
                # (not the subject of the pronoun's own clause: that would be «свій»; «Кремль відкинув їхній
                # контрпроєкт» is someone else's)
                clause = max((k for k in range(other.start) if s.surfaces[k] in (",", ";", "—", "–")), default=-1)
                same = [o for o in mentions if o.end <= clause and o.actor is not None and o.actor.side
                        and o.actor.label != "PERS" and o.kind not in ("plan", "statement")] if self.language != "en" else []
                owner = same[-1].actor if same else self._resolve(other, [])
                if owner is not None and owner.side:
                    return self.index.get(owner.holder) or owner
            if other.actor is None or other.actor.side is None:
                continue
            # (in English a name right before the noun modifies it, inside a phrase or not: "into the U.S. plan")
            # (in Ukrainian and Russian a name right before the noun is no owner: «Росії документ обіцяє …» says to whom)
            adjacent_before = self.language == "en" and (not other.in_pp or other.end == m.start) and (
                other.end == m.start or (other.end == m.start - 1 and s.surfaces[other.end] in ("'s", "’s")))
            # (after the noun only a genitive owns it: «план США»; «За цим задумом Україна має …» names its subject)
            owner_after = other.start == m.end and (self.language == "en" or s.feats[other.end - 1].get("Case") in ("Gen", None))
            if adjacent_before or owner_after:
                return self.index.get(other.actor.holder) or other.actor
        return None

    def _plan_actor(self, s: _Sentence, m: _Mention, mentions) -> Actor | None:
        """Who proposed the plan a plan noun names: its owner named next to it, else the article's last."""
        owner = self._plan_owner(s, m, mentions)
        if owner is not None:
            self.state.plan_proposer, self.state.plan_authors = owner.name, ()
            return owner
        authors, part = self._plan_authors(s, m, mentions)  # «проєкт, узгоджений …, передбачає»: its authors
        if authors and not (part + 1 < len(s.words) and s.lemmas[part + 1] in _WITH):
            # («план, погоджений з українською стороною»: who agreed it with Ukraine is not said)
            return self._parties_actor(authors)
        if s.lemmas[m.start] in _BARE_IDEAS and m.end < len(s.words) and not (
                m.start > 0 and s.lemmas[m.start - 1] in ("цей", "це", "этот", "это", "this", "that", "такий", "такой", "such")) and (
                s.surfaces[m.end] == "of" or any(im.start == m.end for im, _, _ in self._kept)):
            # "the idea of giving up Donbas is unpopular", «ідея виведення військ»: an idea of a measure that nobody
            # is said to have is no one's (not «за цим задумом»: the plan named before)
            return None
        if self.state.plan_authors:
            return self._parties_actor(self.state.plan_authors)
        name = self.state.plan_proposer or self.lex.default_plan_proposer
        return self.index.get(name) if name else None

    def _boundaries(self, s: _Sentence, conditions):
        """Clause starts (positions where a new clause begins), relative spans and condition spans."""
        n = len(s.words)
        starts = {0}
        relatives = []
        for rm in self._list(s, "relatives"):
            if rm.start > 0 and s.surfaces[rm.start - 1] in {",", "—", "–", "-"} | _QUOTES or \
                    (rm.start > 1 and s.upos[rm.start - 1] == "ADP" and s.surfaces[rm.start - 2] == ","):
                begin = rm.start - 1 if s.upos[rm.start - 1] == "ADP" else rm.start
                end = self._next_comma(s, rm.end)
                if end + 1 < n and s.surfaces[end] == "," and s.lemmas[end + 1] in ("щоб", "чтобы") \
                        and s.upos[end - 1] == "VERB":
                    # «Бельгії, яка вимагала, щоб усі розділили ризики»: the verb's own clause is part of it
                    end = self._next_comma(s, end + 2)
                relatives.append((begin, end))
                starts.add(begin)
        for k in range(2, n - 1):
            # «делегації США та України, що зустрілися в Женеві, погодили …»: «що» right after a noun's comma and
            # before a verb, closed by a comma before the main verb, is a relative pronoun, not «that»
            if self._shcho_relative(s, k):
                end = self._next_comma(s, k + 1)
                # (a date in apposition closes it, «що вийшло в четвер, 4 грудня, попередив»)
                after = self._next_comma(s, end + 1) if end + 1 < n and s.surfaces[end] == "," else end
                if after > end + 1 and any(s.upos[j] == "NUM" for j in range(end + 1, after)) and all(
                        s.upos[j] in ("NUM", "NOUN", "ADP") and s.feats[j].get("Animacy") != "Anim"
                        for j in range(end + 1, after)):
                    end = after
                if end + 1 < n and s.surfaces[end] == "," and s.upos[end + 1] == "VERB" \
                        and s.feats[end + 1].get("VerbForm") == "Fin":
                    relatives.append((k, end))
                    starts.add(k)
        for cm in self._list(s, "complementizers"):
            if cm.end < n and s.surfaces[cm.end] == ",":
                continue  # «він, мовляв, не бачить»: a parenthetical word between commas opens no clause
            if any(a == cm.start for a, _b in relatives):
                continue
            starts.add(cm.end)
        for co in self._list(s, "coordinators"):
            if co.start > 0 and s.surfaces[co.start - 1] in {",", "—", "–", "-", ";"} and self._has_verb(s, co.end, self._next_comma(s, co.end)):
                starts.add(co.start)
            elif self._second_predicate(s, co):
                starts.add(co.start)  # "would not accept … and would make no compromise": a second predicate
        for i, t in enumerate(s.surfaces):
            if t in _BOUNDARY_PUNCT or (t == "-" and 0 < i < n - 1):
                starts.add(i + 1)
        for c_start, c_end, _text in conditions:
            starts.add(c_start)
            if c_end < n:
                starts.add(c_end)
        return sorted(starts), relatives

    def _shcho_relative(self, s: _Sentence, k: int) -> bool:
        """«що»/«что» at ``k`` as a relative pronoun: right after the comma of the sentence's subject noun, before
        any verb, and followed by its own verb («Делегації США та України, що зустрілися в Женеві, погодили …»).
        On an object after the verb («Україна підтримує план, що передбачає …, заявив …») it stays «that»."""
        return 2 <= k < len(s.words) - 1 and s.surfaces[k - 1] == "," and s.lemmas[k] in ("що", "что") \
            and s.upos[k + 1] == "VERB" and s.upos[k - 2] in ("NOUN", "PROPN") and not self._has_finite_verb(s, 0, k - 1)

    def _provided_by_object(self, s: _Sentence, a_cue, cues):
        """The cue of what a document provides, in a relative clause on the object of the verb ``a_cue``
        («угоду, яка передбачає …», «ничего, что предусматривает …», "any agreement that includes …"), or None."""
        n = len(s.words)
        j = a_cue.end
        while j < n and j - a_cue.end < 4 and s.lemmas[j] not in _NEGATORS and (
                s.upos[j] in ("DET", "ADJ", "ADP", "PART") or _concord(s.lemmas[j]) or s.lemmas[j] in _WHICH_ANY):
            j += 1
        if j >= n or not (s.lemmas[j] in _OBJECT_TEXTS or any(pm.start <= j < pm.end for pm in self._list(s, "plan_nouns"))):
            return None
        j += 1
        if j < n and s.surfaces[j] == ",":
            j += 1
        if j >= n or s.lemmas[j] not in _RELATIVE_WORDS | {"що", "что"}:
            return None
        j += 1
        while j < n and s.upos[j] in ("AUX", "ADV", "PART") and s.lemmas[j] not in _NEGATORS:
            j += 1
        return next((b for b in cues if b.start == j and b.pattern.payload.document), None)

    @staticmethod
    def _second_predicate(s: _Sentence, co) -> bool:
        """A coordinator followed by an auxiliary and a verb opens a second predicate with its own scope."""
        n = len(s.words)
        return co.end + 1 < n and s.upos[co.end] == "AUX" and s.upos[co.end + 1] in ("VERB", "AUX")

    @staticmethod
    def _next_comma(s: _Sentence, i: int) -> int:
        for k in range(i, len(s.surfaces)):
            if s.surfaces[k] in {",", ";", "—", "–", ":"} or (s.surfaces[k] == "-" and k > i):
                return k
        return len(s.surfaces)

    @staticmethod
    def _has_verb(s: _Sentence, a: int, b: int) -> bool:
        return any(s.upos[k] in ("VERB", "AUX") for k in range(a, b))

    @staticmethod
    def _has_finite_verb(s: _Sentence, a: int, b: int) -> bool:
        """A verb that makes a clause of its own (not an infinitive complement: «готова провести вибори: …»,
        "ready to hold elections: …")."""
        return any(s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") not in ("Inf", "Part", "Conv", "Ger")
                   and not (k > 0 and s.surfaces[k - 1] == "to") for k in range(a, b))

    def _nominal_condition_end(self, s: _Sentence, cm, end: int) -> int:
        """Where a condition that is a noun phrase ends when no comma closes it: before the main clause's
        subject and finite verb («в случае отказа Киева Россия вернет их силой», «у разі відмови Києва
        окупанти продовжать наступ»). Why: such a condition has no verb of its own, so the main clause that
        follows it would otherwise be read as part of the condition, and its threat or demand lost.
        Ukrainian and Russian only (English puts a comma there), and only after a marker that takes a
        noun («у разі», «в случае», «в обмін на», «лише після»), not a clause («якщо», «если»)."""
        if self.language == "en" or " ".join(s.surfaces[cm.start:cm.end]).lower() not in _NOMINAL_CONDITIONS:
            return end
        n = len(s.words)
        if cm.end >= n or s.upos[cm.end] not in ("NOUN", "PROPN", "ADJ", "DET", "NUM") or s.lemmas[cm.end] in ("той", "тот"):
            return end
        stop = next((k for k in range(cm.end, end) if s.surfaces[k] in {",", "—", "–", ";", ":", "-"}), end)
        # (a verb right after a nominative counts even when tagged an infinitive: «армія продовжить наступ»,
        # where the tagger reads the Ukrainian future «продовжить» as the Russian infinitive)
        verb = next((k for k in range(cm.end + 1, stop) if self._has_finite_verb(s, k, k + 1) or (
            s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") == "Inf" and s.feats[k - 1].get("Case") == "Nom"
            and s.upos[k - 1] in ("NOUN", "PROPN", "PRON"))), None)
        if verb is None:
            return end
        k = verb
        while k - 1 > cm.end and s.upos[k - 1] in ("PART", "ADV"):
            k -= 1  # «Україна не проводитиме», «Россия также вернет»
        # the subject before the verb («Россия», «російські війська») is the main clause's: one head noun and
        # its modifiers (a noun before that head is the condition's own: «у разі порушення перемир'я Європа …»,
        # where the tagger may read «перемир'я» as a nominative too)
        if k - 1 > cm.end and s.upos[k - 1] in ("NOUN", "PROPN", "PRON") and s.feats[k - 1].get("Case") == "Nom":
            k -= 1
            while k - 1 > cm.end and s.upos[k - 1] in ("ADJ", "DET", "NUM") and s.feats[k - 1].get("Case") == "Nom":
                k -= 1
        while k - 1 > cm.end and s.upos[k - 1] == "CCONJ":
            k -= 1  # «у разі підписання угоди і Європа розмістить …»: the «і» joins the main clauses
        return k

    @staticmethod
    def _deal_timing(s: _Sentence, cm, end: int) -> bool:
        """Whether a noun condition names only the settlement itself ("security guarantees in the event of a
        peace agreement", «у разі перемир'я США захищатимуть Україну»): that says when a measure applies, the
        way every guarantee applies after a deal, not a term the holder sets (the gold reads such positions
        as plain support; see :class:`TimingText`)."""
        # (not after «лише після», «в обмін на», "only after": a deal as the price or the precondition is a term)
        if " ".join(s.surfaces[cm.start:cm.end]).lower() not in _TIMING_MARKERS:
            return False
        # (every word counts: "in the event of no deal", «у разі справедливого миру» are terms)
        words = [k for k in range(cm.end, end) if s.upos[k] != "PUNCT" and s.surfaces[k] not in ("a", "an", "the")]
        return bool(words) and all(s.lemmas[k] in _DEAL_WORDS for k in words)

    @staticmethod
    def _main_clause_start(s: _Sentence, cm) -> int:
        """Where the main clause of a condition marker ``cm`` starts: after the last «;» or «:» before it."""
        return max((k + 1 for k in range(cm.start) if s.surfaces[k] in (";", ":")), default=0)

    def _until_clause(self, s: _Sentence, cm, end: int) -> bool:
        """Whether "until"/«доки»/«пока» opens a condition: a clause of its own (a verb that is not its first
        word: "until talks in Berlin" is a time) under a negated main clause ("no ceasefire until …", «не
        погодиться …, доки …»; "continue until its goals are achieved" states how long, not on what terms),
        and in Ukrainian and Russian with the clause's own «не» («доки триває війна» is "while"); not «поки
        що»/«пока что» ("so far")."""
        n = len(s.words)
        if cm.end < n and s.lemmas[cm.end] in ("що", "что", "ж", "же"):
            return False
        if not self._has_finite_verb(s, cm.end + 1, end):
            return False
        if self.language != "en" and " ".join(s.surfaces[cm.start:cm.end]).lower() not in _BEFORE_CLAUSE \
                and not any(s.lemmas[k] == "не" for k in range(cm.end, end)):
            return False
        start = self._main_clause_start(s, cm)
        # (a refusal is a negated main clause too: «відмовився підтримати кредит, доки решта ЄС не розділить ризики»;
        # and fighting that goes on until a named party acts waits on that act: «Спецоперація триватиме, доки Київ не
        # ухвалить рішення», "would continue until Kyiv withdraws" — not "until its goals are achieved", and not
        # «санкції збережуться, доки москва не припинить війну», which says how long)
        return any(start <= ng.start < cm.start for ng in self._list(s, "negation")) or any(
            s.lemmas[k] in _STOPPING or (s.lemmas[k] == "rule" and k + 1 < n and s.surfaces[k + 1] == "out") or (
                # («виступає проти», not «санкції проти росії»)
                s.lemmas[k] in ("проти", "против", "against") and not (k > 0 and s.lemmas[k - 1].startswith(_SANCTION_STEMS)))
            for k in range(start, cm.start)) or (
            any(s.lemmas[k] in _GO_ON or (s.lemmas[k] in ("go", "keep") and k + 1 < n and (s.surfaces[k + 1] == "on" or (
                s.lemmas[k] == "keep" and s.surfaces[k + 1].endswith("ing")))) for k in range(start, cm.start))
            and any(s.upos[k] == "PROPN" for k in range(cm.end, end))) or (  # ("would go on until", "will keep fighting until")
            # "a meeting would have to wait until a deal is final", «зустріч почекає, доки угода не буде готова»: what
            # waits comes only after
            any(s.lemmas[k] in _WAIT for k in range(start, cm.start)))

    def _conditions(self, s: _Sentence):
        """Condition clauses: (start, end, text) with start at the marker."""
        n = len(s.words)
        spans = []
        if self.state.last_condition:
            for om in self._list(s, "condition_openers"):
                if om.start <= 1:  # «У такому разі, …», "In that case, …": the condition stated before
                    spans.append((om.start, om.end, self.state.last_condition))
                    break
        # "Should Kyiv turn it down, …", "Were Russia to …": an inverted condition up to its comma
        if self.language == "en" and n > 3 and s.surfaces[0] in ("should", "were", "had") and s.upos[1] in ("PROPN", "PRON", "NOUN", "DET"):
            comma = next((j for j in range(2, n) if s.surfaces[j] == ","), None)
            if comma is not None:
                spans.append((0, comma, s.text[s.words[1].start_char - s.start_char:s.words[comma - 1].end_char - s.start_char]))
        # "… would take them by force should Kyiv refuse": the same inversion after the main clause (a modal
        # "should" is followed by its verb, an inverted one by the subject of the condition)
        if self.language == "en":
            for k in range(1, n - 2):
                if s.surfaces[k] == "should" and s.upos[k + 1] in ("PROPN", "PRON", "DET") \
                        and s.surfaces[k + 1] not in ("not", "all", "each", "both", "either", "also", "also,") \
                        and s.surfaces[k - 1] != "," and s.upos[k - 1] not in ("PROPN", "PRON") \
                        and any(s.upos[j] == "VERB" and "," not in s.surfaces[k + 2:j]
                                for j in range(k + 2, min(n, k + (5 if s.upos[k + 1] == "DET" else 8)))):
                    # (a subject of names may be several words, "should Kyiv and its foreign patrons refuse"; after a
                    # determiner the reach stays short: "should this spring or early summer be deployed" is a modal)
                    end = next((j for j in range(k + 2, n) if s.surfaces[j] in (",", ";", ".")), n)
                    spans.append((k, end, s.text[s.words[k + 1].start_char - s.start_char:s.words[end - 1].end_char - s.start_char]))
                    break
                # ("…, Lavrov warned, were the understandings to be erased": "were" after a comma, its subject, "to")
                if s.surfaces[k] == "were" and s.surfaces[k - 1] == "," and s.upos[k + 1] in ("DET", "PROPN", "PRON", "NOUN", "PUNCT") \
                        and any(s.surfaces[j] == "to" for j in range(k + 2, min(n, k + 14))):
                    end = next((j for j in range(k + 2, n) if s.surfaces[j] in (",", ";", ".")), n)
                    spans.append((k, end, s.text[s.words[k + 1].start_char - s.start_char:s.words[end - 1].end_char - s.start_char]))
                    break
        # "Either Ukrainian troops leave or Russia takes it by force", «Або ЗСУ вийдуть, або …»: the first
        # alternative is what the second is conditioned on
        # (also after a colon: "Russia will take the Donbas one way or another, Putin said: either …, or …")
        for k in list(range(min(n, 3))) + [j + 1 for j in range(n - 1) if s.surfaces[j] == ":"]:
            if s.surfaces[k] in _EITHER:
                other = next((j for j in range(k + 2, n) if s.surfaces[j] in _EITHER[s.surfaces[k]]), None)
                # each alternative has its verb ("Either way, Russia demands … or …" has one)
                if other is not None and self._has_verb(s, k + 1, other) and self._has_verb(s, other + 1, n):
                    a_ = s.words[k + 1].start_char - s.start_char
                    b_ = s.words[other - 1].end_char - s.start_char
                    spans.append((k, other, "not: " + s.text[a_:b_].strip(" ,")))
                break
        if self.language == "en" and not any(t.startswith("not: ") for _, _, t in spans):
            # "Ukrainian troops must leave Donbas or Russian forces will seize it": a demand, then «or» and a
            # threat; the threat holds if the demand is not met
            for k in range(2, n - 2):
                if s.surfaces[k] != "or":
                    continue
                start = 1 + max([j for j in range(k) if s.surfaces[j] in ("that", ":", ";")], default=-1)
                # (only before a threat: "… or Washington will cut off aid" threatens no issue; "has", "need" only
                # as "has to", "need to")
                threat_after = any(self.lex.issues[key].threat and im.start > k for im, key, _ in self._kept)
                if threat_after and any(s.surfaces[j] in _MUST and (s.surfaces[j] in ("must", "should") or (
                        j + 1 < n and s.surfaces[j + 1] == "to")) for j in range(start, k)) and \
                        any(s.surfaces[j] in ("will", "would") for j in range(k + 1, min(n, k + 5))) and \
                        self._has_verb(s, start, k) and "," not in s.surfaces[start:k]:
                    a_ = s.words[start].start_char - s.start_char
                    b_ = s.words[k - 1].end_char - s.start_char
                    spans.append((start, k, "not: " + s.text[a_:b_].strip(" ,")))
                break
        # «не підтримає використання активів без гарантій», «Жодних поступок без референдуму», "no ceasefire without
        # guarantees": a refusal of a measure without something is its acceptance with it, as "until" is
        # («відмовився скасовувати санкції до укладення мирної угоди», «не раньше подписания»: not before it is
        # signed, as "until")
        for k in range(n - 1):
            head = k + 1  # the noun the marker governs, past its determiners ("before a peace deal is signed")
            if s.lemmas[k] == "prior" and s.lemmas[head] == "to":
                head += 1  # ("prior to the signing")
            while head < n - 1 and (s.upos[head] in ("DET", "ADJ") or s.lemmas[head] == "peace"):
                head += 1
            before_deal = s.lemmas[k] in ("до", "before", "раньше", "раніше", "prior") and (
                s.lemmas[head] in _CONCLUDING or (self.language == "en" and s.lemmas[head] in ("deal", "agreement", "settlement")))
            if not (s.lemmas[k] in _WITHOUT or before_deal) or any(a <= k < b for a, b, _ in spans):
                continue
            start = 1 + max([j for j in range(k) if s.surfaces[j] in (",", ";", ":", "—", "–")], default=-1)
            # «без виведення військ жодного перемир'я не буде», "Without guarantees, there will be no ceasefire": the
            # phrase put first, before the truce or deal it says will not be
            denied = next((im for im, key, _ in self._kept if key in ("ceasefire", "peace_plan_overall") and im.start > k + 1
                           and _denied_to_be(s, im)), None) if s.lemmas[k] in _WITHOUT and all(
                s.upos[j] in ("CCONJ", "ADV", "PART", "SCONJ") or s.lemmas[j] in _THAT for j in range(start, k)) else None
            if denied is None and (not any(s.lemmas[j] in _NEGATORS or s.lemmas[j].startswith(_CONCORD) or s.surfaces[j] in ("never", "cannot")
                                           or s.lemmas[j] in _REJECT_VERBS | _REFUSE_VERBS for j in range(start, k))
                                   or not any(start <= im.start < k for im, _, _ in self._kept)
                                   or (not before_deal and any(s.lemmas[j] in _DEAL_NOUNS | {"deal", "agreement", "peace", "settlement"}
                                                               for j in range(start, k)))):
                continue  # (a measure denied before it: "no lasting peace without guarantees", «Мирної угоди не буде без
                # гарантій» require them)
            end = next((j for j in range(k + 1, n) if s.surfaces[j] in {",", ";", ".", "—", "–", ":"} | _QUOTES), n)
            if denied is not None:
                lead = denied.start  # (up to the words that deny it: «жодного», "there will be no")
                while lead > k + 1 and (s.upos[lead - 1] in ("DET", "ADJ", "AUX", "PRON") or _concord(s.lemmas[lead - 1])
                                        or s.lemmas[lead - 1] in ("no", "be", "there", "не") or s.surfaces[lead - 1] in _FUTURE_BE):
                    lead -= 1
                end = min(end, lead)
            if end <= k + 1 or any(s.lemmas[j].startswith(_MANNER) for j in range(k + 1, min(end, k + 3))):
                continue  # («відкинув перемир'я без жодних пояснень», "ready to meet without preconditions": how, not on what terms)
            text = s.text[s.words[k + 1].start_char - s.start_char:s.words[end - 1].end_char - s.start_char]
            spans.append((k, end, text))
            self._until_conditions.add(text)
            if before_deal:
                self._before_deal.add(text)
        # «бої припиняться, коли українські війська залишать …», «боевые действия прекратятся, когда …»: a clause of
        # «коли»/«когда» with a future verb, after a main clause with one, says on what it will happen, as "once"
        # does (in the past, «коли війська залишали місто», it only says when)
        if self.language in ("uk", "ru"):
            for k in range(2, n - 2):
                if s.lemmas[k] not in ("коли", "когда") or s.surfaces[k - 1] != "," or any(a <= k < b for a, b, _ in spans):
                    continue
                end = next((j for j in range(k + 1, n) if s.surfaces[j] in (",", ";", ".", "—", "–", ":")), n)
                main = 1 + max([j for j in range(k - 1) if s.surfaces[j] in (",", ":", ";", "—", "–")], default=-1)
                if any(s.feats[j].get("Tense") == "Fut" for j in range(k + 1, end)) and any(
                        s.feats[j].get("Tense") == "Fut" for j in range(main, k)):
                    spans.append((k, end, s.text[s.words[k + 1].start_char - s.start_char:s.words[end - 1].end_char - s.start_char]))
        rel_starts = {rm.start for rm in self._list(s, "relatives")}
        coord_starts = {co.start for co in self._list(s, "coordinators")}
        for cm in self._list(s, "conditions"):
            # (inside a span found already; a marker before a later one, "… once troops leave, he said; should they
            # stay, …", opens its own)
            if any(a <= cm.start < b for a, b, _ in spans):
                continue
            if cm.start > 0 and (s.surfaces[cm.start - 1], s.surfaces[cm.start]) in (("as", "if"), ("как", "если")):
                continue  # "as if it were NATO territory", «как если бы»: a comparison, not a condition
            if cm.end < n and s.lemmas[cm.end] in ("вірити", "верить", "повірити", "поверить"):
                continue  # «якщо вірити оприлюдненому контрпроєкту», «если верить СМИ»: where it is reported, no condition
            if s.surfaces[cm.start] == "the" and cm.start > 0 and s.surfaces[cm.start - 1] in ("at", "for", "from", "of"):
                continue  # "at the moment", "for the moment": now, not "the moment troops leave"
            setter = _setter_before(s, cm.start) if s.surfaces[cm.end - 1] == ":" else None
            zone = max([sp.end for sp in self._list(s, "speech") if sp.end <= setter
                        and s.lemmas[sp.start] not in _SETTING] + [0]) if setter is not None else 0
            if setter is not None and s.lemmas[setter - 1] not in ("не", "not", "ни", "been", "be") and not any(
                    c.start < cm.start and s.lemmas[c.start] not in _SETTING
                    for c in match_patterns(self.lex.cue_patterns, s.lemmas, s.surfaces, s.upos)) \
                    and any(s.upos[k] in ("PROPN", "NOUN", "PRON") and s.feats[k].get("Case") in ("Nom", None)
                            for k in range(zone, setter)) \
                    and not any(s.feats[k].get("Case") == "Dat" for k in range(zone, setter)):
                # (set by a subject named before it, after any speech verb that reports it — «Зеленський заявив, що
                # Путін поставив умову: …» is Putin's, see the colon frames —; not «Києву поставили умову» (set for
                # Kyiv), «не ставив умову», "Kyiv has been set a condition")
                # «Путін поставив умову: ЗСУ мають вийти», "He attached a condition: …": with no position before it to
                # condition, what a holder sets as a condition is what he demands (his words, see the colon frames)
                continue
            if (s.lemmas[cm.start] in _BARE_CONDITIONS and cm.end - cm.start == 1) or \
                    " ".join(s.surfaces[cm.start:cm.end]) in _BARE_CONDITIONS:
                # «інакше», "otherwise": the marker alone is the condition ("if not the above")
                spans.append((cm.start, cm.end, " ".join(w.text for w in s.words[cm.start:cm.end])))
                continue
            k = cm.end
            end = n
            while k < n:
                t = s.surfaces[k]
                if t in {",", "—", "–", ";"} or (t == "-" and k > cm.end):
                    nxt = k + 1
                    if nxt < n and (nxt in rel_starts or (s.upos[nxt] == "ADP" and nxt + 1 in rel_starts)):
                        k = self._next_comma(s, nxt + 1)
                        continue
                    if self._has_verb(s, cm.end, k) and k > cm.end:
                        end = k  # the condition has its verb: the comma closes it
                        break
                    if nxt < n and nxt in coord_starts and t == ",":
                        end = k
                        break
                    if self._has_verb(s, nxt, self._next_comma(s, nxt)) or t in {"—", "–", ";", "-"}:
                        end = k
                        break
                if t == "." and k == n - 1:
                    end = k
                    break
                k += 1
            if self.language == "en" and s.surfaces[cm.start] == "only" and (
                    cm.start == 0 or s.surfaces[cm.start - 1] in ("that", ":", "—", "–", ",", "\"", "“")):
                # "Only if Russia agrees to a ceasefire will Ukraine hold elections": a fronted "only" condition
                # ends where the main clause inverts its auxiliary and subject
                end = next((j for j in range(cm.end + 1, end - 1) if s.surfaces[j] in _INVERTED_AUX
                            and s.upos[j + 1] in ("PROPN", "PRON", "DET", "NOUN")), end)
            end = self._nominal_condition_end(s, cm, end)
            while end > cm.end and s.upos[end - 1] == "PUNCT" and s.surfaces[end - 1] not in _QUOTES:
                end -= 1  # the sentence's full stop is not part of the condition
            until = " ".join(s.surfaces[cm.start:cm.end]).lower() in _UNTIL
            if until and not self._until_clause(s, cm, end):
                continue  # "until Friday", «доки триває війна», "continue until its goals are achieved": no condition
            # («доки Україна не виведе війська і не відмовиться від НАТО»: the clause's own «не» say it must happen)
            until_nots = [k for k in range(cm.end, end) if s.lemmas[k] == "не" and k + 1 < n
                          and s.upos[k + 1] in ("VERB", "AUX")] if self.language != "en" else []
            # «Жодної демілітаризованої зони не буде, якщо російські війська теж не відійдуть», «не погодиться на
            # перемир'я, якщо росія не припинить удари»: «якщо … не» under a negated main clause is "unless" — what
            # must happen for the refusal to lift
            unless = not until and until_nots and " ".join(s.surfaces[cm.start:cm.end]).lower() in ("якщо", "если") and any(
                self._main_clause_start(s, cm) <= ng.start < cm.start for ng in self._list(s, "negation"))
            if not (until or unless):
                until_nots = []
            first = cm.end
            if cm.end < n and (s.surfaces[cm.end] == "," or cm.end + 1 in rel_starts or cm.end in rel_starts):
                first = cm.start  # «на принципах, які …», "on the terms that …": the marker names the condition
            text_tokens = s.words[first:end]
            text = ""
            if text_tokens:
                a = text_tokens[0].start_char - s.start_char
                b = text_tokens[-1].end_char - s.start_char
                text = s.text[a:b].strip(" ,\"«»")
                for k in reversed([k for k in until_nots if first <= k < end]):  # the condition is that it happens
                    w = s.words[k]
                    cut = w.start_char - s.start_char - a
                    text = (text[:cut].rstrip() + " " + text[cut + len(w.text):].lstrip()).strip(" ,\"«»")
            if not text:  # «а якщо ні — …»: the marker is the whole condition
                text = " ".join(w.text for w in s.words[cm.start:cm.end])
            if self._deal_timing(s, cm, end):
                text = TimingText(text)  # "guarantees in the event of a peace deal": when, not on what terms
            spans.append((cm.start, end, text))
            if until or unless or " ".join(s.surfaces[cm.start:cm.end]).lower() == "unless":
                # ("refused to back the loan unless the risks are shared": a refusal lifted on that condition)
                self._until_conditions.add(text)
        return sorted(spans, key=lambda sp: sp[0])  # (in the order of the sentence: the first may lead it)

    # -- the main loop ----------------------------------------------------------------------
    def run(self) -> list[Stance]:
        out: list[Stance] = []
        body = self.article.text
        previous: list[Stance] = []
        self._named = set()
        self._cued = False
        sentences = [_sentence(sent, body) for sent in self.doc.sentences]
        for i, s in enumerate(sentences):
            self._told_next = self._about_this_speaker(sentences[i + 1]) if i + 1 < len(sentences) else None
            self._memo.clear()
            self._previous = previous
            self._prev_cued, self._cued = self._cued, False  # (whether the sentence before had an attitude word)
            # (the discourse state as the sentence before left it, for the learned pass: see SentenceView.context)
            self._before = (self.state.last_person, self.state.last_group, self.state.plan_age == 0 or self.state.plan_subject)
            found = self._sentence_stances(s)
            exchange = {(st.actor, st.issue): st.condition for st in found if st.method == "exchange"}
            if exchange:
                out = [replace(st, polarity="conditional", condition=exchange[(st.actor, st.issue)])
                       if st in previous and (st.actor, st.issue) in exchange else st for st in out]
                found = [st for st in found if st.method != "exchange"]
            follow_up = [st for st in found if st.method == "follow-up"]
            if follow_up:
                # «Він заявив, що готовий до виборів. Але лише за умови, що …»: the condition that
                # follows qualifies the stance stated before it, too
                cond = follow_up[0].condition
                out = [replace(st, polarity="conditional", condition=cond) if st in previous and st.polarity == "support"
                       else st for st in out]
                found = [replace(st, method="surface") for st in found]
            out.extend(found)
            previous = found
        return _dedupe(out)

    @staticmethod
    def _convinced(s: _Sentence, frame) -> bool:
        """Whether the frame's verb states a conviction («переконаний», «убежден», "is convinced"): what follows is
        the speaker's own view only where it says what must be; a forecast of what others will do is a guess."""
        return frame.verb is not None and any(
            s.surfaces[k] in _CONVICTION for k in range(frame.verb[0], frame.verb[1]))

    def _about_this_speaker(self, s: _Sentence) -> Actor | None:
        """«Про це заявив Зеленський», «Об этом сообщил Песков»: a sentence that opens by pointing back («about
        this») and names who said it makes the sentence before that speaker's words (not when it denies the
        saying, «Про це не повідомляли», nor when it only names a medium, «Про це пише Axios»)."""
        n = len(s.words)
        if n < 4:
            return None
        # («Так Зеленський відповів на запитання журналістів», «Так Песков прокомментировал …»: the same, by «так»)
        # («Це заявив Путін на засіданні колегії»: «це» with a speech verb right after it)
        # («Такое заявление сделал Рябков», «Таку заяву зробив Пєсков»: the statement just quoted, and who made it)
        such = s.lemmas[0] in ("такий", "такой", "цей", "этот") and s.lemmas[1] in ("заява", "заявление", "заявлення")
        opener = 2 if (s.lemmas[0], s.lemmas[1]) in _ABOUT_THIS or such else \
            1 if s.surfaces[0].lower() == "так" and s.upos[1] in ("PROPN", "NOUN", "PRON") else \
            1 if s.surfaces[0].lower() in ("це", "это") and 1 in self._said(s) else 0
        if not opener:
            return None
        said = sorted(self._said(s))
        if (s.surfaces[0].lower() == "так" or such) and not said:
            # («Так Пєсков прокоментував заяву Макрона», «Так помічник Путіна переказав …»: any verb of the report)
            said = [k for k in range(2, min(n, 8)) if s.upos[k] == "VERB" and s.feats[k].get("VerbForm") == "Fin"][:1]
        if not said or any(s.lemmas[k] in ("не", "ни") for k in range(opener, said[0])):
            return None
        verb = said[0]
        mentions = self._mentions(s, set())
        for m in mentions:
            # the speaker right after the verb (past its title) or before it, not a place or a medium
            if m.actor is None or m.actor.name in self.lex.media or not m.actor.side:
                continue
            if m.start > 0 and s.upos[m.start - 1] == "ADP" and not (
                    # («Про це заявили в кремлі»: a seat of power after an impersonal plural verb speaks for its state)
                    s.surfaces[m.start - 1] in ("у", "в", "во") and m.actor.stands_for
                    and s.feats[verb].get("Number") == "Plur" and m.start > verb):
                continue
            if m.start > 0 and s.upos[m.start - 1] == "NOUN" and s.feats[m.start].get("Case") == "Gen" and any(
                    o.start > m.start and o.actor is not None and o.actor.label == "PERS" for o in mentions):
                continue  # «речник кремля Дмитро Пєсков», «пресс-секретарь главы государства Дмитрий Песков»: the title's
            if opener <= m.start < verb or verb < m.start <= verb + 6:
                return m.actor if m.actor.label == "PERS" else (self.index.get(m.actor.holder) or m.actor)
        return None

    def _sentence_stances(self, s: _Sentence) -> list[Stance]:
        n = len(s.words)
        # «Чи готовий Київ погодитися …?»: the outlet's question states nobody's position
        question = bool(n) and s.surfaces[-1] == "?" and not any(q in s.surfaces for q in _QUOTES)
        # "Whether Moscow and Kyiv would accept it remained an open question", «Чи погодяться …, невідомо»,
        # «Согласятся ли …, неясно»: a sentence that opens with an indirect question asks, it does not report
        question = question or (n > 2 and (s.lemmas[0] in ("whether", "чи") or (
            s.lemmas[1] == "ли" and s.upos[0] in ("VERB", "AUX"))) and not any(  # ("Whether or not …, X will …")
            (s.lemmas[k], s.lemmas[k + 1]) in (("or", "not"), ("чи", "ні"), ("или", "нет")) for k in range(n - 1)))
        lex = self.lex
        # issues, with blockers and negation
        issues = match_patterns(lex.issue_patterns, s.lemmas, s.surfaces, s.upos,
                                keep=lambda m: not _split_owned(s, m, self.language) and not _across_relative(s, m))
        asked = _asked_zone(s, lex)  # "Asked whether Kyiv would accept …,": its attitude words are the question's
        # a compromise phrase («жодних компромісів щодо Криму, Запорізької та Херсонської областей»)
        # decides the sign for the issue words it spans
        framed = {m.pattern.payload[0] for m in issues if abs(m.pattern.payload[1]) == COMPROMISE}
        issues = [m for m in issues if abs(m.pattern.payload[1]) == COMPROMISE or m.pattern.payload[0] not in framed]
        # a bare head noun («план», "the document", "guarantees") is an anaphor: it names an issue only when
        # the article (or this sentence) has already named it in full; otherwise it may be any plan or guarantee
        # («підписувати будь-які документи», "sign any documents": any document is not the plan named before)
        issues = [m for m in issues if not (m.pattern.payload[2:] == ("anaphoric",) and m.start > 0
                                            and s.lemmas[m.start - 1] in _ANY)]
        # (so is a term set on an issue, «розділити ризики»: only an article about the issue sets it on that issue)
        # ("share the risks of security guarantees", «розділити ризики війни»: risks of something else are no term)
        # (the risks of the loan itself are the term: "the risks of the loan", «ризики кредиту»)
        issues = [m for m in issues if not (m.pattern.payload[2:] == ("term",) and max(m.tokens) + 1 < len(s.words) and (
            s.surfaces[max(m.tokens) + 1] == "of" or (s.upos[max(m.tokens) + 1] == "NOUN"
                                                      and s.feats[max(m.tokens) + 1].get("Case") in ("Gen", None)))
            and not any(s.lemmas[k] in _LOAN_WORDS or any(k in o.tokens for o in issues if o is not m
                                                           and o.pattern.payload[0] == m.pattern.payload[0])
                        for k in range(max(m.tokens) + 1, min(len(s.words), max(m.tokens) + 4))))]
        named = {m.pattern.payload[0] for m in issues if m.pattern.payload[2:] not in (("anaphoric",), ("term",))}
        issues = [m for m in issues if m.pattern.payload[2:] not in (("anaphoric",), ("term",))
                  or m.pattern.payload[0] in self._named | named]
        self._named |= named
        # "Washington plans to lift …", "it had no plans to ease sanctions": an intention (or its absence) is a
        # position on the measure, not a plan's purpose as in "the plan to end the war"
        blockers = [b for b in self._list(s, "blockers") if not (
            s.lemmas[b.start] == "plan" and (s.upos[b.start] == "VERB" or (b.start > 0 and s.surfaces[b.start - 1] in ("no", "any"))))]
        negations = self._list(s, "negation")
        prohibitives = self._list(s, "prohibitives")
        neg_ends = {m.end for m in negations}
        # («не вправе уступать территории»: a negation that is part of an attitude word denies with it, once; it does not
        # negate the issue phrase after the adverb too)
        neg_cue_ends = {c.end for c in match_patterns(_negated_cue_patterns(self.lex), s.lemmas, s.surfaces, s.upos)
                        if any(t in c.tokens for m in negations for t in range(m.start, m.end)) and c.end - c.start == 2
                        } if negations else set()
        modal_at = {k for mm in self._list(s, "modals") for k in range(mm.start, mm.end)}
        partials = self._list(s, "partials")
        existential = self._list(s, "existential_negation")
        # where the words after each «не буде» go on, past a parenthetical («Не будет, по его словам, и компромиссов»)
        resumes = {e.end: e.end + _parenthetical_at(s, e.end) for e in existential}
        contrasts = self._list(s, "contrasts")
        named_keys: set[str] = set()
        # ("Zelensky said that under the U.S. plan Russian troops would withdraw", «згідно з американським планом …»):
        # the plan a frame names is where the content comes from, nobody's position on the plan
        framed = self._list(s, "plan_frames")
        # (nor is the plan a figure is set against: "800,000 troops rather than the 600,000 in the American text")
        issues = [im for im in issues if not (im.pattern.payload[0] == "peace_plan_overall" and (any(
            pf.start <= im.start <= pf.end + 1 for pf in framed) or any(
            s.upos[k] == "NUM" and any(s.surfaces[j] in _CONTRAST_FIGURE for j in range(max(0, k - 3), k))
            for k in range(max(0, im.start - 3), im.start))))]
        kept = []
        concord: set[int] = set()  # issues negated by a concord word («жодних компромісів»)
        denied: set[int] = set()  # of those, the ones a «не буде», "there will be no" denies (not a contrast)
        asserted: set[int] = set()  # issues whose existence is denied («перемир'я не буде»): a position
        # «кордони не можна змінювати силою», "borders must not be changed by force": the force belongs to the
        # territorial proposition, it is no separate position on military pressure
        territorial = [im for im in issues if im.pattern.payload[0] == "territory_recognition"]
        # (a withdrawal of Russian troops is the other army's, unless set against Ukraine's: "if Ukrainian troops
        # pull back, Russian forces must withdraw the same distance", "any pullback must be mutual")
        mutual = sum(im.pattern.payload[0] == "troop_withdrawal_donbas" for im in issues) > 1 or any(
            s.lemmas[k].startswith(_MATCHED_STEP + ("match", "mirror"))
            for k in range(len(s.words)))
        # «санкции сохранятся, пока Москва не прекратит войну», «наступатимуть, доки ЗСУ не вийдуть»: in a clause of
        # time its own «не» says "until it happens" (no condition under an affirmed main clause, see _until_clause):
        # the measure is what is waited for, not denied
        # (only "until": its verb perfective, «доки москва не припинить»; «поки путін не збирається зупиняти війну»
        # is "while", a state that holds)
        time_clauses = [(cm.end, b) for cm in self._list(s, "conditions") for b in [self._next_comma(s, cm.end)]
                        if " ".join(s.surfaces[cm.start:cm.end]).lower() in _UNTIL and self.language != "en"
                        and not self._until_clause(s, cm, b) and any(
                            s.lemmas[k] == "не" and k + 1 < b and s.upos[k + 1] in ("VERB", "AUX")
                            and (s.feats[k + 1].get("Aspect") == "Perf" or s.feats[k + 1].get("Tense") == "Fut")
                            for k in range(cm.end, b))]
        amended = False  # the sentence names changes to a plan: they, not the last issue, are its topic
        for im in issues:
            if im.pattern.payload[0] == "talks_format":
                im = self._meeting_subject_out(s, im)
            if im.pattern.payload[0] == "peace_plan_overall" and _amends(s, im.start):
                amended = True
                continue  # «поправки, які європейці пропонують до американського плану»: the amendments, not the plan
            if im.pattern.payload[0] == "security_guarantees" and _for_russia(s, im.start):
                continue  # "Moscow is seeking guarantees for its own security": not Ukraine's guarantees
            if im.pattern.payload[0] == "security_guarantees" and not any(
                    s.lemmas[k].startswith(_SECURITY_STEMS) for k in im.tokens) and any(
                    s.lemmas[k].startswith(_MONEY_STEMS) or s.lemmas[k] in ("euro", "євро", "евро", "иск") for k in range(n)):
                # "could not put his country on the hook for billions without ironclad guarantees from the rest of the
                # bloc", «гарантій на випадок позовів щодо активів»: guarantees against a financial risk, not for Ukraine's
                # security
                continue
            if im.pattern.payload[0] == "peace_plan_overall" and any(
                    other.pattern.payload[0] not in (im.pattern.payload[0], "ceasefire") and im.end <= other.start <= im.end + 1
                    and all(s.surfaces[k] in ("of", "for", "on", "щодо", "по") for k in range(im.end, other.start))
                    for other in issues):
                # "a framework for security arrangements", «рамка безпекових домовленостей»: a frame of that issue
                # ("the 20-point framework for ending the war" is the plan: its aim is no issue of its own)
                continue
            if im.pattern.payload[0] == "elections" and any(
                    s.lemmas[k] in ("референдум", "referendum") and any(
                        s.surfaces[j] in ("or", "чи", "або", "или", "либо") for j in range(min(k, im.start), max(k, im.end)))
                    for k in range(max(0, im.start - 4), min(n, im.end + 4))):
                continue  # «на виборах чи референдумі», "in an election or a referendum": how to decide, not a position
            if im.pattern.payload[0] == "territory_recognition" and any(
                    s.lemmas[k] in _ATTEMPTS for k in range(max(0, im.start - 2), im.start)):
                continue  # «не признает попытки менять границы силой», "attempts to change borders": what others try
            if im.pattern.payload[0] == "peace_plan_overall" and any(
                    s.lemmas[k] in ("референдум", "referendum") and not any(
                        s.surfaces[j] in (",", ";", ":") or s.upos[j] == "CCONJ" for j in range(im.end, k))
                    for k in range(im.end, min(n, im.end + 6))):
                continue  # «мирну угоду винесуть на референдум», "the deal would go to a referendum": a procedure for it
            if im.pattern.payload[0] == "troop_withdrawal_donbas" and not mutual and any(
                    s.lemmas[k].startswith(_TROOPS) and k > 0 and s.lemmas[k - 1].startswith(_RUSSIAN_FORCES) for k in im.tokens) \
                    and not any(s.upos[k] == "NOUN" and not s.lemmas[k].startswith(_TROOPS + _WITHDRAWAL_NOUNS) for k in im.tokens) \
                    and not any(s.lemmas[k] in ("зсу", "всу") or (s.lemmas[k].startswith(_TROOPS) and any(
                        s.lemmas[j].startswith(_UKRAINIAN_FORCES) and not any(s.upos[i] == "VERB" for i in range(j, k))
                        for j in range(max(0, k - 4), k))) for k in range(n)):
                continue  # "Russian forces leaving the pockets they hold in Kharkiv", «російські війська відійдуть»,
                # «до вывода российских войск»:
                # a Russian pullback is another matter than Ukraine's troops leaving Donbas (unless the sentence
                # sets one against the other: "if Ukrainian troops pull back, Russian forces must withdraw too")
            if im.pattern.payload[0] == "military_pressure" and any(
                    min(ti.tokens) <= im.start <= max(ti.tokens) + 2 for ti in territorial):
                continue
            if im.pattern.payload[0] == "military_pressure" and any(
                    s.lemmas[k] in _ENDING for k in range(max(0, im.start - 3), min(n, im.end)) if k not in im.tokens):
                continue  # "talks on ending the special military operation will continue": an end to it, no pressure
            if im.pattern.payload[0] == "military_pressure" and im.start > 0 and s.lemmas[im.start - 1] in _ONLY \
                    and _refusal_means(s) is None:
                continue  # «перемир'я лише продовжить війну»: what a measure would only do is a verdict on it
                # (not what a refusal would only mean: «Відмова Києва означатиме лише продовження наступу» threatens)
            # ("after a ceasefire", «після укладення мирної угоди», "after the signing of a deal")
            after = im.start - 1
            while after > 0 and im.start - after <= 4 and (s.upos[after] == "DET" or s.lemmas[after] in _CONCLUDING):
                after -= 1
            within = after >= 1 and s.lemmas[after] in ("day", "week", "month") and "within" in s.lemmas[max(0, after - 5):after]
            if im.pattern.payload[0] in ("ceasefire", "peace_plan_overall") and after >= 0 \
                    and (s.lemmas[after] in _AFTER or within) and not (after > 0 and s.lemmas[after - 1] in _ONLY):
                # ("within 100 days of a ceasefire": when, as "after")
                continue  # «направити війська після припинення вогню», "after a ceasefire": when, not a position
                # (what a side puts first is its position: «референдум лише після припинення вогню»)
            if any((b.end == im.start or (b.end == im.start - 1 and s.upos[b.end] != "PRON")
                    or (im.tokens <= b.tokens and s.upos[b.start] == "ADP"))
                   # «Для станції Вашингтон пропонує …»: a sentence-initial «для» names the topic
                   and not (b.start == 0 and b.end - b.start == 1)
                   # («для українців настав час голосувати»: for whom, before people, is no purpose)
                   and not (b.end == im.start and s.feats[im.start].get("Animacy") == "Anim")
                   # «підстав для перемир'я», «оснований для перемирия»: grounds for it, not a plan's purpose; nor is
                   # «передумова для перемир'я» (a precondition names what it is a condition of)
                   and not (b.start > 0 and s.lemmas[b.start - 1] in _POINT_WORDS)
                   and not (b.start > 0 and s.lemmas[b.start - 1] in _PRECONDITIONS and not any(
                       s.lemmas[k] in _NEGATORS for k in range(max(0, b.start - 5), b.start - 1))
                       and not any(s.lemmas[k] in _REJECT_VERBS | _DENY_FACT for k in range(b.start)))
                   # "a framework for security arrangements" is those arrangements, not a plan's purpose
                   and not (im.pattern.payload[0] == "security_guarantees" and any(
                       pm.start == b.start for pm in self._list(s, "plan_nouns"))) for b in blockers):
                continue  # «в рамках гарантій», "within the framework of": a circumstance, or the blocker itself
                # («надати для них майданчик»: «для них» is for whom, the issue after it stands)
            if im.start > 0 and s.upos[im.start] == "NOUN" and any(
                    pm.end == im.start and s.lemmas[pm.start] not in _IDEA_NOUNS for pm in self._list(s, "plan_nouns")) \
                    and im.pattern.payload[0] != "peace_plan_overall" and s.lemmas[im.start - 1] not in ("рамка", "рамки", "framework"):
                # «план завершення війни»: the plan's name, not a position on ending the war (a framework of
                # guarantees, «рамка гарантій безпеки», is those guarantees, as "a framework for security arrangements";
                # an idea or a proposal is its content: «ідею розміщення миротворців» is the deployment)
                continue
            if any((im.start - 3 <= p.end <= im.start and not any(
                    s.upos[k] in ("VERB", "AUX") or s.surfaces[k] in _DASHES for k in range(p.end, im.start)))
                   or p.start <= im.start < p.end for p in partials):
                # «окремі частини документа», "some parts of the proposals": no stance on the whole (but «Окремий
                # пункт — вибори», «окремий пункт стосується активів» name what that part is about)
                continue
            if im.pattern.payload[0] == "peace_plan_overall" and ((any(
                    pm.start in (im.end, im.end + 1) and s.lemmas[pm.start] in _WITHOUT for pm in prohibitives) and any(
                    ng.start < im.start and not any(s.surfaces[j] in (",", ";") for j in range(ng.start, im.start)) for ng in negations))
                    or (_denied_to_be(s, im) and any(s.lemmas[pm.start] in _WITHOUT and pm.end <= im.start for pm in prohibitives))):
                continue  # «не погодиться на мирну угоду без гарантій»: the measure it lacks is the point, not the plan
                # (as in «без гарантій жодної мирної угоди не буде»)
            if im.pattern.payload[0] == "ceasefire" and any(
                    s.lemmas[k] in ("war", "війна", "война", "conflict", "конфлікт", "конфликт") and any(
                        s.lemmas[j].startswith(("prolong", "drag", "затягн", "затягув", "затяг", "продовж", "продолж"))
                        for j in range(max(0, k - 3), k)) for k in im.tokens):
                continue  # ("a way to prolong the war rather than end it": the war prolonged is the verdict's, no call to end it)
            if im.pattern.payload[0] == "elections" and im.start >= 2 and (s.lemmas[im.start - 2], s.lemmas[im.start - 1]) in (
                    ("на", "час"), ("на", "період"), ("на", "время"), ("на", "период"), ("for", "duration")):
                continue  # «перемир'я на час виборів»: the time of a vote, no position on holding it
            if im.pattern.payload[0] == "talks_format" and not self._leaders_meet(s, im):
                continue  # «Віткофф зустрінеться з путіним»: an envoy's meeting, no talks between the two sides
            if im.pattern.payload[0] == "peace_plan_overall" and im.start > 0 and s.lemmas[im.start - 1] in _ANY_DEAL:
                continue  # "any peace deal must …", «будь-яка мирна угода»: what any deal should hold, not the plan
            if im.pattern.payload[0] == "ceasefire" and any(s.lemmas[k].startswith(("утрим", "воздерж", "refrain", "hold"))
                                                             for k in im.tokens) \
                    and any(s.lemmas[k] in ("вибори", "выборы", "election", "poll", "polls") for k in range(n)):
                continue  # «утриматися від ударів … в день виборів»: a pause for the vote, no truce
            if im.pattern.payload[0] == "ceasefire" and any(s.lemmas[k] in _BREACH and all(
                    s.upos[j] == "DET" or s.lemmas[j] in ("of", "режиму", "режима") for j in range(k + 1, im.start))
                    for k in range(max(0, im.start - 3), im.start)):
                continue  # «реагувати на порушення перемир'я», "violations of the truce": a truce presupposed, no position
            if im.pattern.payload[0] == "troop_withdrawal_donbas" and not mutual and im.start > 0 and s.upos[im.start] == "VERB" \
                    and not s.lemmas[im.start].startswith(_TROOPS) and any(
                    s.lemmas[k].startswith(_RUSSIA_STEMS) and s.feats[k].get("Case") in ("Nom", None)
                    and all(s.upos[j] in ("ADV", "AUX", "PART") for j in range(k + 1, im.start))
                    for k in range(max(0, im.start - 3), im.start)):
                continue  # «Россия выведет свои войска из Харьковской области»: Russia's own pullback
            if im.pattern.payload[0] == "troop_withdrawal_donbas" and s.lemmas[im.start] in _GO and im.start + 1 < n \
                    and s.lemmas[im.start + 1] == "на":
                continue  # «не піде на компроміс щодо Криму, Донбасу …»: going for a compromise is no leaving
            sign = im.pattern.payload[1]
            # (across one auxiliary, particle, adverb or modal: "would never legally recognise", «не должна
            # вступать в НАТО», «не може визнати»)
            negated = im.start in neg_ends or (im.start - 1 in neg_ends and im.start not in neg_cue_ends and (
                s.upos[im.start - 1] in ("AUX", "PART", "ADV") or im.start - 1 in modal_at
                or s.lemmas[im.start - 1] in ("стать", "стати"))  # («не станет выводить»: a future auxiliary)
                and (s.surfaces[im.start - 1] not in _INCLUSIVE or (
                    s.surfaces[im.start - 1] == "to" and im.start > 2 and (s.upos[im.start - 3] in ("PROPN", "PRON", "VERB")
                                                                            or s.lemmas[im.start - 3] in _PLEDGE_NOUNS))))
            if not negated:
                # "the line must not become a border redrawn by force", «не має стати кордоном, зміненим силою»: what a
                # thing must not become is denied as the negated verb itself would be
                j = im.start
                while j > 0 and s.upos[j - 1] == "DET":
                    j -= 1
                negated = j > 1 and s.lemmas[j - 1] in _BECOME and (j - 1 in neg_ends or (j - 2 in neg_ends and j - 2 in modal_at))
            # («не только признать …, но и …» negates nothing; "urged Washington not to lift sanctions", "agreed not to"
            # deny the lifting, "a mistake not to lift" does not)
            in_time = any(a <= im.start < b for a, b in time_clauses)  # (each has its «не», see time_clauses)
            if in_time:
                negated = False
            if not negated and self.language in ("uk", "ru") and any(
                    s.feats[k].get("VerbForm") == "Inf" for k in im.tokens) and _negated_after(s, im.end):
                negated = True  # «Визнавати окуповані території російськими Україна не буде»
                asserted.add(len(kept))  # (denied once: the plan's provisions flip no further)
            if not negated:
                # "would not make any compromises on Crimea", "not make any territorial concessions": a negated
                # light verb before the measure
                k = im.start
                while k > 0 and s.upos[k - 1] in ("DET", "ADJ"):
                    k -= 1
                if k > 1 and s.lemmas[k - 1] in _LIGHT_VERBS:
                    negated = k - 1 in neg_ends or (k - 2 in neg_ends and s.upos[k - 2] in ("AUX", "PART", "ADV"))
            if negated:
                sign = -sign
                # («ни о каком сокращении»: across the preposition and determiner of the phrase)
                k = im.start
                while k > 0 and im.start - k < 3 and (s.upos[k - 1] in ("ADP", "DET", "ADJ") or s.lemmas[k - 1] in ("на", "про", "за")
                                                                  or _concord(s.lemmas[k - 1])):
                    k -= 1
                if self.language in ("uk", "ru") and any(_concord(s.lemmas[j]) for j in range(k, im.start)):
                    concord.add(len(kept))
            prohibited = [pm for pm in prohibitives if (im.start - 3 <= pm.end - 1 < im.start or _bars_from(s, pm, im)
                              # («не допустит появления на Украине военных западных стран»: past a noun of coming
                              # about and where)
                              or (s.lemmas[pm.end - 1] in ("допустити", "допустить", "позволить", "дозволити")
                                  and pm.end <= im.start <= pm.end + 5
                                  and all(s.upos[k] in ("NOUN", "ADP", "PROPN", "ADJ", "DET") for k in range(pm.end, im.start)))
                              # («без надійних, юридично закріплених гарантій»: a longer run of modifiers)
                              or (s.lemmas[pm.start] in _WITHOUT and pm.end <= im.start <= pm.end + 6 and _denies_next(s, pm, im))
                              or min(im.tokens) < pm.start < max(im.tokens) and not pm.tokens & im.tokens
                              # «змінювати їх силою не можна», «менять границы силой нельзя»: an infinitive phrase
                              # the predicate after it forbids
                              # (also past a parenthetical, «Змінювати кордони силою, наголосили вони, неприпустимо»)
                              or (im.end <= pm.start <= im.end + 2 + _parenthetical_at(s, im.end) and s.lemmas[pm.start] not in _WITHOUT
                                  and any(s.feats[k].get("VerbForm") == "Inf" for k in range(im.start, im.end))
                                  and not any(s.upos[k] in ("VERB", "AUX") or s.surfaces[k] in (",", ";")
                                              for k in range(im.end + _parenthetical_at(s, im.end), pm.start))))
                          and (s.lemmas[pm.start] not in _WITHOUT or _denies_next(s, pm, im))]
            # «без гарантій безпеки будь-яка угода буде нетривкою», "without guarantees any deal would be
            # worthless", "no lasting peace without guarantees": what a deal fails without is required
            required = any(s.lemmas[pm.start] in _WITHOUT for pm in prohibited) and any(
                k not in im.tokens and (s.lemmas[k].startswith(_FAILS) or (
                    s.lemmas[k] in ("no", "жодний", "никакой") and k + 1 < n and s.lemmas[k + 1] in ("lasting", "deal", "peace", "agreement"))
                    # («без виведення військ миру не буде», «без гарантий соглашения не будет»: no deal without it)
                    or (s.lemmas[k] in _DEAL_NOUNS and k + 2 < n and s.lemmas[k + 1] == "не" and s.surfaces[k + 2] in _FUTURE_BE))
                and not any(s.surfaces[j] in (",", ";", "—", "–") for j in range(min(k, im.start), max(k, im.end)))
                for k in range(n)) or (
                # «без виведення військ жодного перемир'я не буде», "without guarantees there will be no ceasefire": a
                # truce or a deal that will not be without the measure requires it (the denied one is conditional on it)
                any(s.lemmas[pm.start] in _WITHOUT and pm.end <= im.start for pm in prohibited)
                and any(other.pattern.payload[0] in ("ceasefire", "peace_plan_overall") and other.start >= im.end
                        and _denied_to_be(s, other) and sum(s.surfaces[j] in (",", ";", "—", "–") for j in range(im.end, other.start)) <= 1
                        and not any(s.surfaces[j] == ";" or s.upos[j] in ("VERB", "SCONJ") for j in range(im.end, other.start))
                        for other in issues))
            # «не согласится ни на какие договоренности без отказа от НАТО», "will not sign any deal without
            # guarantees": the refusal is of a deal that lacks the measure, which the holder therefore requires (the
            # refusal's negation, applied to the measure, turns this back into support)
            refused_deal = not required and any(s.lemmas[pm.start] in _WITHOUT for pm in prohibited) and any(
                s.lemmas[k] in _ANY_DEAL_NOUNS and any(
                    ng.start < k and not any(s.surfaces[j] in (",", ";") for j in range(ng.start, k)) for ng in negations)
                and not any(s.surfaces[j] in (",", ";") for j in range(k, im.start))
                for k in range(max(0, im.start - 8), im.start))
            if required:
                asserted.add(len(kept))
            elif refused_deal:
                sign = -sign
            elif _barred_after(s, im):
                sign = -sign
            elif prohibited:
                if not (negated and any(s.lemmas[pm.start] == "не" for pm in prohibited)):
                    # "bar Kyiv from joining NATO", «кордони не можна змінювати» (whose «не» may have negated it already)
                    sign = -sign
                if any(s.lemmas[pm.start] in _NORMS and (pm.end == im.start or pm.start >= im.end
                                                          or min(im.tokens) < pm.start < max(im.tokens)) for pm in prohibited):
                    asserted.add(len(kept))  # «менять границы силой нельзя», «нельзя признавать»: a norm, as firm as a modal
            elif not in_time and any(min(im.tokens) < ng.start < max(im.tokens) and not ng.tokens & im.tokens and ng.end < n
                     and s.upos[ng.end] in ("VERB", "AUX") and _negated_word(s, ng.end) in im.tokens for ng in negations):
                # a negated verb of the issue phrase between its words: "borders must not be changed by force"
                # («не більше 600 тисяч» limits a number; «не піде на жодні компроміси» negates another verb, and
                # its «жодні» is concord, counted with the compromise)
                sign = -sign
            # («Погоджуватися на виведення військ Україна не буде»: the object of an infinitive put first is not what
            # «не буде» denies; the infinitive is)
            # («Про пом'якшення санкцій … не може бути й мови», «Ни о каком сокращении армии речи не идет»: what is
            # talked about opens the clause as well)
            opening = im.start
            while opening > 0 and (s.upos[opening - 1] in ("DET", "PRON") or s.lemmas[opening - 1] in _NEGATORS | _WHICH_ANY):
                opening -= 1
            if opening > 0 and s.lemmas[opening - 1] in ("про", "о", "об"):
                opening -= 1
                while opening > 0 and s.lemmas[opening - 1] in _NEGATORS:
                    opening -= 1
            else:
                opening = im.start
            gen_head = im.start
            while gen_head > 0 and im.start - gen_head < 3 and (_concord(s.lemmas[gen_head - 1]) or s.upos[gen_head - 1] == "ADJ"):
                gen_head -= 1
            inf_object = im.start > 0 and any(s.feats[k].get("VerbForm") == "Inf" and all(
                s.upos[j] in ("ADP", "PART", "DET", "ADJ") for j in range(k + 1, im.start)) for k in range(max(0, im.start - 3), im.start))
            if not inf_object and not required and any(im.end <= e.start <= im.end + 1 or im.start - 2 <= e.end <= im.start or (
                    # «Не будет и так называемого рождественского перемирия»: past «и», «так называемого» and adjectives
                    # («Не будет, по его словам, и компромиссов по Крыму»: past a parenthetical)
                    e.end < im.start <= resumes[e.end] + 5 and all(
                        s.upos[k] in ("ADJ", "DET", "PART", "CCONJ", "PROPN") or s.lemmas[k] in _SO_CALLED
                        or s.surfaces[k].endswith(("ого", "ої"))  # (an adjective read as a noun)
                        for k in range(resumes[e.end], im.start))) or (
                    # «Не може бути й мови (ні) про територіальні поступки»: across what cannot be talked of
                    e.end < im.start <= e.end + 6 and s.lemmas[e.end] in ("й", "и", "і", "мова", "речь") and all(
                        s.upos[k] in ("ADP", "DET", "PRON", "CCONJ", "PART") or s.lemmas[k] in {"мова", "речь"} | _WHICH_ANY
                        for k in range(e.end, im.start))) or (
                    # «Виведення військ з Донбасу не буде»: the issue phrase opening its clause, its own complement
                    # between it and «не буде»
                    im.end < e.start <= im.end + 4 and (opening == 0 or s.surfaces[opening - 1] in _QUOTES | {",", "—", ":"}
                                                         or s.lemmas[opening - 1] in ("що", "что"))
                    and all((s.upos[k] in ("ADP", "PART", "NUM", "PROPN", "NOUN", "ADJ", "DET") or s.lemmas[k] in ("проти", "против"))
                            and s.lemmas[k] not in _NEGATORS for k in range(im.end, e.start))) or (
                    # «Про послаблення санкцій проти Росії, за словами Каллас, зараз не може бути й мови»: the topic put
                    # first with «про» and the idiom "out of the question" after it, past adverbs and a parenthetical
                    opening < im.start and s.lemmas[opening] in ("про", "о", "об") and im.end < e.start
                    and any(s.lemmas[k] in ("мова", "речь") for k in range(e.end, min(n, e.end + 2)))
                    and _short_verbless_gap(s, im.end, e.start)) or (
                    # «Компромісу щодо Криму, … , за його словами, теж не буде»: a genitive subject of negation
                    # opening its clause is denied by the «не буде» that ends it, with no verb in between
                    # («Жодних військ НАТО в Україні не може бути»: past the concord word that opens it)
                    e.start > im.end and s.feats[im.start].get("Case") == "Gen" and (
                        gen_head == 0 or s.surfaces[gen_head - 1] in (",", "—", ":") or s.lemmas[gen_head - 1] in ("що", "что"))
                    and not any(s.upos[k] in ("VERB", "AUX") for k in range(im.end, e.start))) for e in existential):
                if not negated:  # «не буде визнано»: the «не» of «не буде» was counted above
                    sign = -sign  # «різдвяного перемир'я не буде», "there will be no truce"
                asserted.add(len(kept))
                denied.add(len(kept))
            elif im.pattern.payload[0] not in named_keys and s.upos[im.start] != "NUM" and any(
                    im.start - 2 <= c.end <= im.start and _contrast_refuses(s, c) for c in contrasts):
                if not negated:  # (the «не» of «а не» was counted above)
                    sign = -sign  # «потрібен мир, а не перепочинок», "peace, not a truce"
                asserted.add(len(kept))
            if self.language == "en" and negated and im.start > 0 and s.surfaces[im.start - 1].lower() == "no" and (
                    # "No border may be redrawn by force": a norm, as firm as «не можна»
                    any(s.surfaces[k].lower() in ("may", "can") for k in range(im.start, min(n, im.end + 1)))
                    # "no three-way meeting was planned", as «зустрічі не планується»: a denial
                    or (im.end + 1 < n and s.surfaces[im.end] in ("is", "was", "are", "were")
                        and " ".join(s.surfaces[im.end + 1:im.end + 4]).lower().startswith(_NOT_PLANNED))):
                asserted.add(len(kept))
            if not (im.start > 0 and s.lemmas[im.start - 1] in ("о", "об", "про", "on", "about") and im.end < n
                    and s.surfaces[im.end] == ":"):  # («Песков о перемирии: «…, а не передышка»»: a headline's topic)
                named_keys.add(im.pattern.payload[0])
            kept.append((im, im.pattern.payload[0], sign))
        self._kept = kept
        issue_tokens = {t for im, _, _ in kept for t in im.tokens}
        mentions = self._mentions(s, issue_tokens)
        self._place_venue(s, mentions)
        zone, zone_verb = self._joint_subject(s, mentions)
        self._zone = ({m.start for m in zone}, zone_verb, self._members(zone) if zone else ())
        # «Позиція Києва й європейських столиць відома: лідери … висловилися за …»: the owners of a position
        # named before a colon are who «лідери», «сторони», "the leaders" after it are (only the owners: not
        # whoever else the clause names)
        colon = next((k for k in range(len(s.words)) if s.surfaces[k] == ":"), None)
        owner_of = next((k for k in range(colon or 0) if s.lemmas[k] in _POSITION_WORD), None)
        named = []
        if colon is not None and owner_of is None:
            # («Київ і Вашингтон дійшли згоди: сторони …»: the subjects of the clause right before the colon)
            c0 = 1 + max([k for k in range(colon) if s.surfaces[k] in (",", ";")], default=-1)
            verb = next((k for k in range(c0, colon) if s.upos[k] in ("VERB", "AUX")), colon)
            named = [m.actor for m in mentions if c0 <= m.start and m.end <= verb and m.eligible and not m.in_pp
                     and m.actor is not None]
        if owner_of is not None:
            k = owner_of + 1
            for m in sorted(mentions, key=lambda m: m.start):
                if m.start < k or m.actor is None:
                    continue
                if m.start > k + 1 or any(s.upos[j] not in ("CCONJ", "ADJ") for j in range(k, m.start)) \
                        or s.feats[m.end - 1].get("Case") not in ("Gen", None):
                    break
                if m.actor.side and m.actor.name not in self.lex.media:
                    named.append(m.actor)
                k = m.end
        self._colon_parties = (colon, tuple(self.index.get(a.holder) or a for a in named)) \
            if len({a.side for a in named}) >= 2 else (None, ())
        # «Оба лидера сходятся во мнении, что …, — так Ушаков изложил итоги разговора Путина и Трампа»: "both"
        # leaders with none named before are the two people the sentence names joined by "and"
        people = sorted((m for m in mentions if m.actor is not None and m.actor.label == "PERS"), key=lambda m: m.start)
        self._both_ahead = next(((m1.start, (self.index.get(m1.actor.holder) or m1.actor,
                                             self.index.get(m2.actor.holder) or m2.actor))
                                 for m1, m2 in zip(people, people[1:]) if m2.start == m1.end + 1
                                 and s.lemmas[m1.end] in _AND and m1.actor.name != m2.actor.name), None)
        # a statement issued in this sentence: its authors are the joint subject, else the subject before it
        issued = next((m for m in mentions if m.kind == "statement" and s.surfaces[m.start] != "it"), None)
        # (the statement as the subject of its sentence, before any verb: what a following "It" may stand for)
        self.state.statement_subject = issued is not None and not issued.in_pp and not any(
            s.upos[k] in ("VERB", "AUX") for k in range(issued.start))
        if issued is not None:
            before = [m for m in mentions if m.end <= issued.start and m.eligible and m.actor is not None and m.actor.side
                      and m.actor.name not in self.lex.media]
            # «заяви з європейських столиць», «заявлений из европейских столиц», "statements from Brussels": the
            # source named right after the noun issued it
            source_m = next((m for m in mentions if m.actor is not None and m.actor.side and issued.end < m.start <= issued.end + 2
                             and s.surfaces[issued.end] in _FROM and m.actor.name not in self.lex.media
                             and s.feats[m.end - 1].get("Case") != "Ins"), None)  # («з Мерцом» is with, not from)
            # «спільною заявою американської та української делегацій»: the pair named right after the noun
            pair_m = next((m for m in mentions if m.kind == "pair" and m.start == issued.end), None)
            # ("The joint statement, issued by Merz, Macron, Starmer …": the agents of «issued», «signed»)
            by = next((k for k in range(issued.end, min(len(s.words) - 1, issued.end + 3))
                       if s.lemmas[k] in ("issue", "sign", "release") and s.surfaces[k + 1] == "by"), None)
            agents = ()
            if by is not None:  # (a list up to the statement's own verb, a preposition other than «of», or a clause joined on)
                stop = next((k for k in range(by + 2, len(s.words)) if s.upos[k] in ("VERB", "AUX", "SCONJ")
                             or (s.upos[k] == "ADP" and s.surfaces[k] != "of" and not (
                                 s.surfaces[k] == "as" and s.surfaces[k + 1:k + 3] == ["well", "as"]))
                             or (s.surfaces[k] == "," and k + 1 < len(s.words) and s.surfaces[k + 1] == "and")), len(s.words))
                agents = tuple(dict.fromkeys(self.index.get(m.actor.holder) or m.actor for m in mentions
                                             if by + 2 <= m.start < stop and m.actor is not None and m.actor.side
                                             and m.actor.name not in self.lex.media))
            if len(agents) >= 3 and len({a.side for a in agents}) == 1:
                agents = (self.index.get(agents[0].side) or agents[0],)
            # «Заяву, крім президента України, підписали Стармер, Мерц, Макрон …», "The joint statement carried the
            # names of Starmer, Merz …": whoever the sentence names as signing it (everyone named in it but a medium)
            signed = next((k for k in range(len(s.words)) if _signs(s, k)
                           or (s.lemmas[k] in ("carry", "bear") and k + 2 < len(s.words)
                               and s.lemmas[k + 2] in ("name", "signature"))), None) \
                if not agents and not (issued.end < len(s.words) and s.lemmas[issued.end] in _WITH) else None
            if signed is not None and not (s.lemmas[signed] == "sign" and s.surfaces[signed + 1:signed + 2] == ["by"]):
                # (the list after the verb ends at the next clause: "signed a statement that pledged … for Ukraine")
                stop = next((k for k in range(signed + 2, len(s.words)) if s.upos[k] in ("VERB", "AUX", "SCONJ")
                             or s.lemmas[k] in ("that", "which", "який", "котрий", "который")), len(s.words))
                # (the signers, not a state inside a title, «прем'єр Італії Джорджа Мелоні», nor whose demands a statement
                # is about, «щодо вимог Путіна», nor the adjective of "Ukrainian President …")
                named = [m for m in mentions if m.actor is not None and m.actor.side and m.actor.name not in self.lex.media
                         and (m.eligible or signed < m.start < stop) and m.kind not in ("statement", "plan")
                         and not (m.end < len(s.words) and s.surfaces[m.end] in ("'s", "’s"))
                         and s.feats[m.end - 1].get("Case") in ("Nom", None)
                         # ("Prime Minister Keir Starmer of Britain": the country of a title)
                         and not (m.start > 1 and s.surfaces[m.start - 1] == "of" and any(
                             o.end == m.start - 1 and o.actor is not None and o.actor.label == "PERS" for o in mentions))]
                if zone and zone_verb == signed:
                    # («Зеленський разом із Кіром Стармером, Фрідріхом Мерцом … підписав спільну заяву»: the joint
                    # subject of the signing, those named «разом із» him in the instrumental too)
                    named = list(zone)
                if len(named) >= 2:
                    agents = self._members(named)
                    # «Свої підписи під текстом поставили Стармер, Мерц …» after «Зеленський і європейські лідери у
                    # спільній заяві»: signers of the text just named join its authors; "European leaders and
                    # Zelensky endorsed … . The joint statement carried the names of Starmer, Merz …": a joint
                    # statement named right after a joint act is that act's, whoever its signers list names
                    prior = ()
                    if s.lemmas[issued.start] in _GENERIC_DOCUMENTS and issued.end - issued.start == 1 \
                            and self.state.authors and self.state.authors_age < _STATEMENT_AGE:
                        prior = self.state.authors
                    elif any(s.lemmas[j] in _JOINT for j in range(max(0, issued.start - 1), issued.end)) \
                            and self.state.parties and self.state.parties_age == 0:
                        prior = self._party_members.get(self.state.parties[0].name, self.state.parties) \
                            if len(self.state.parties) == 1 else self.state.parties
                    if prior:
                        # (people of a side already among them as the side are that side: «Від інституцій ЄС
                        # документ скріпили фон дер Ляєн та Кошта» after «європейські лідери»)
                        had = {a.name for a in prior}
                        agents = tuple({a.name: a for a in tuple(prior) + tuple(
                            a for a in agents if a.side not in had)}.values())
            # («Європейці, як випливає з тексту заяви, підтримують …», "as the statement puts it": the statement
            # just issued quoted in a parenthetical keeps its authors; the subject before it is one of them)
            quoted = bool(self.state.authors) and self.state.authors_age < _STATEMENT_AGE and any(
                s.lemmas[j] in ("як", "как", "as") and s.surfaces[j - 1] == "," for j in range(max(1, issued.start - 6), issued.start))
            if quoted:
                pass  # (the authors stay)
            elif agents:
                self.state.authors, self.state.authors_age = tuple(agents), -1
            elif source_m is not None:
                self.state.authors, self.state.authors_age = (self.index.get(source_m.actor.holder) or source_m.actor,), -1
            elif pair_m is not None:
                self.state.authors, self.state.authors_age = self._party_members[pair_m.actor.name], -1
            elif zone and ((zone_verb < issued.start and not any(
                    zone_verb < m.start < issued.start and m.eligible and m.actor is not None and m.actor.side
                    and m.actor.side not in {a.side for a in self._zone[2]} for m in mentions)) or (issued.in_pp and max(m.end for m in zone) <= issued.start < zone_verb)):
                # («делегації США та України у спільній заяві оголосили»: the joint subject before the statement;
                # «Зеленський і Трамп провели розмову, а Кремль у заяві повідомив»: another subject in between)
                self.state.authors, self.state.authors_age = self._zone[2], -1
            elif before and issued.end + 1 < len(s.words) and s.lemmas[issued.end] in _WITH and (
                    self.language == "en" or s.feats[issued.end + 1].get("Case") in ("Ins", None)):
                # "put his name to a joint statement with Starmer, Merz, Macron …", «заяву з Мерцом і Макроном»:
                # the subject and everyone named after «with» up to the next verb (three or more people of one
                # side stand for that side, as in any joint act)
                # (only a list joined right after «with»: «з Макроном щодо вимог Путіна», "with Macron after Trump's
                # call with Putin" name others who signed nothing)
                partners, k = [], issued.end + 1
                if k < len(s.words) and s.upos[k] == "DET":
                    k += 1
                for m in sorted(mentions, key=lambda m: m.start):
                    if m.start < k:
                        continue
                    if m.start != k or m.actor is None or not m.actor.side or m.actor.name in self.lex.media \
                            or (m.end < len(s.words) and s.surfaces[m.end] in ("'s", "’s")) \
                            or (self.language != "en" and s.feats[m.end - 1].get("Case") not in ("Ins", None)):
                        break
                    partners.append(m)
                    k = m.end
                    while k < len(s.words) and (s.surfaces[k] in (",", "and") or s.lemmas[k] in _AND):
                        k += 1
                self.state.authors, self.state.authors_age = self._members([before[0]] + partners), -1
            elif before:
                # («виступили Володимир Зеленський і низка європейських лідерів у спільній заяві»: the first
                # actor and those joined to it by «і», "and", past a quantity such as «низка», "a number of")
                chain, k = [before[0]], before[0].end
                for m in before[1:]:
                    gap = range(k, m.start)
                    if not gap or not any(s.lemmas[j] in _AND or s.surfaces[j] == "," for j in gap) or not all(
                            s.lemmas[j] in _AND | _QUANTITY_WORDS or s.surfaces[j] == "," for j in gap):
                        break
                    chain.append(m)
                    k = m.end
                # (a list with a verb after it, «Зеленський і Трамп провели розмову, а Кремль у заяві …», is the
                # subject of another act)
                if any(s.upos[j] in ("VERB", "AUX") for j in range(chain[-1].end, issued.start)):
                    chain = chain[:1]
                self.state.authors, self.state.authors_age = self._members(chain) if len(chain) > 1 else (
                    self.index.get(before[0].actor.holder) or before[0].actor,), -1
            elif issued.in_pp:  # «виклали у спільній заяві Зеленський та європейські лідери»: the subject after it
                stop = next((k for k in range(issued.end, len(s.words)) if s.surfaces[k] in (",", ";", "—", "–", ":")
                             or s.upos[k] in ("VERB", "AUX")), len(s.words))
                after = [m.actor for m in mentions if issued.end <= m.start < stop and m.eligible and m.actor is not None
                         and m.actor.side and m.actor.name not in self.lex.media
                         and s.feats[m.start].get("Case") in ("Nom", None)]
                if after:
                    self.state.authors, self.state.authors_age = tuple(self.index.get(a.holder) or a for a in after), -1
            if self.state.authors and self.state.authors_age >= 0:
                self.state.authors_age = -1  # the statement named again («Заява коротка, але …») stays the topic
            self.state.plan_since_statement = False
        mention_tokens = {t for m in mentions if m.actor is not None for t in range(m.start, m.end)}
        cues = match_patterns(lex.cue_patterns, s.lemmas, s.surfaces, s.upos, blocked=issue_tokens | mention_tokens)
        # a cue whose words are apart («права … не має») keeps its «не» only right before another of its words:
        # «не виключає перемир'я і має право» borrows the «не» of another verb and is no «не має права»
        cues = [c for c in cues if all(t + 1 in c.tokens for t in c.tokens if s.lemmas[t] in _CUE_NEGATIONS
                                       and len(c.pattern.slots) > 1) and c.start >= asked]
        # «— з таким закликом виступив Трамп», «с этим призывом»: a noun pointing back is the verb of the words before
        # (see the speech patterns), not a call of its own
        cues = [c for c in cues if not (c.pattern.payload.kind == "noun" and c.start >= 2 and s.lemmas[c.start - 1] in _POINTERS
                                        and s.lemmas[c.start - 2] in ("з", "із", "зі", "с", "со"))]
        # «предлагаемое Киевом и европейцами перемирие»: a participle with its agent in the instrumental names who
        # proposed the measure (see _proposed_by); it is no attitude that takes the measure from the sentence's verb
        cues = [c for c in cues if not (self.language != "en" and c.end - c.start == 1 and c.end < n
                                        and s.surfaces[c.start].lower().startswith(_PROPOSED_PART)
                                        and s.upos[c.start] == "ADJ" and any(
            m.start == c.end and m.actor is not None and m.actor.side for m in mentions)
            and (s.feats[c.end].get("Case") == "Ins" or s.surfaces[c.end].lower().endswith(("ом", "ою", "ами", "ем"))))]
        # «санкцій проти росії», "sanctions against Moscow": whom sanctions hit, no one's opposition
        cues = [c for c in cues if not (c.end - c.start == 1 and s.lemmas[c.start] in ("проти", "против", "against")
                                        and c.start > 0 and s.lemmas[c.start - 1].startswith(_SANCTION_STEMS))]
        # "would engage with the text rather than reject it", «замість того щоб відкинути»: the attitude word right
        # after a contrast is the one turned down, no one's attitude
        contrast_ends = {c.end for c in self._list(s, "contrasts")} | {  # («замість того, щоб відкинути»)
            c.end + 3 for c in self._list(s, "contrasts") if c.end + 2 < n and s.lemmas[c.end] in ("той", "тот")
            and s.lemmas[c.end + 2] in ("щоб", "чтобы")}
        cues = [c for c in cues if c.start not in contrast_ends or c.pattern.payload.kind == "noun"]
        # «відмова Києва виводити війська», "Kyiv's refusal to withdraw": a refusal noun is a position only with the
        # act refused after it (past its holder); alone, «відмова» is as often the concession itself («відмова від НАТО»)
        cues = [c for c in cues if not (s.lemmas[c.start] in _REFUSAL_NOUNS and not any(
            s.feats[k].get("VerbForm") == "Inf" or (s.surfaces[k] == "to" and k + 1 < n and s.upos[k + 1] == "VERB")
            for k in range(c.end, min(n, c.end + 3))))]
        # «Ушаков наполягав, що Київ має …», "Putin insisted that Kyiv …": a verb that is both an attitude word and
        # a speech verb, followed by the clause it introduces, frames that clause (whose own words say who holds what)
        said = self._said(s)
        # (not an English passive, which frames nothing: "it was agreed that France and Britain would lead …")
        cues = [c for c in cues if not (c.pattern.payload.kind == "verb" and c.start in said and c.end + 1 < n and (
            s.lemmas[c.end] in _THAT or (s.surfaces[c.end] == "," and s.lemmas[c.end + 1] in _THAT))
            and not (self.language == "en" and c.start > 0 and s.surfaces[c.start - 1] in _BE_FORMS
                     and not s.surfaces[c.start].endswith("ing")))]
        # ('A trilateral summit is "premature", Peskov insisted, adding …', «…, — наполягав Ушаков.»: after the words,
        # set off by punctuation on both sides, it reports them)
        def closes(k: int) -> bool:  # punctuation at ``k``, or past the speaker named there («наполягає Пєсков.»)
            limit = k + 5
            while k < n and k < limit and s.upos[k] in ("PROPN", "NOUN", "ADJ", "DET"):
                k += 1
            return k < n and s.surfaces[k] in (",", ".", ";")
        cues = [c for c in cues if not (c.pattern.payload.kind == "verb" and c.start in said and c.end < n
                                        and closes(c.end) and any(
                    s.surfaces[k] in {",", "—", "–"} | _QUOTES for k in range(max(0, c.start - 4), c.start))
                                        and not any(im.start >= c.end for im, _, _ in self._kept))]
        cue_tokens = {t for c in cues for t in c.tokens}
        self._cued = bool(cues)
        speech = match_patterns(lex.speech_patterns, s.lemmas, s.surfaces, s.upos, blocked=issue_tokens | cue_tokens | mention_tokens)
        # («принципи, сформульовані в червні»: a full participle qualifies a noun; nobody speaks)
        # (an active one that opens words, «Песков, заявивший журналистам, что …», still speaks)
        speech = [sp for sp in speech if not (s.feats[sp.start].get("VerbForm") == "Part" and s.feats[sp.start].get("Case")
                                              and not any(s.lemmas[k] in _THAT or s.surfaces[k] == ":"
                                                          for k in range(sp.end, min(n, sp.end + 4))))]
        # ("its renunciation of NATO written into the constitution": what is written into a law or text is enacted, nobody
        # writes words there)
        speech = [sp for sp in speech if not (s.surfaces[sp.start].lower() == "written" and sp.end < n
                                              and s.surfaces[sp.end] in ("into", "in", "down"))]
        # ("Ukraine will respond to any attack": responding to something is no speech; "Zelensky replied" is)
        speech = [sp for sp in speech if not (s.lemmas[sp.start] in ("respond", "reply", "answer")
                                              and sp.end < n and s.surfaces[sp.end] == "to")]
        # ("By Mr. Zelensky's count, …", "…, in the Kremlin leader's telling": whose account the sentence is)
        counts = [_Span(k, m.end + 2) for k in range(n - 3) if s.surfaces[k] in ("by", "in") for m in mentions
                  if m.start in (k + 1, k + 2) and m.end + 1 < n and s.surfaces[m.end] in ("'s", "’s")
                  and s.surfaces[m.end + 1] in (("count", "reckoning", "tally", "account", "estimate") if s.surfaces[k] == "by"
                                                else ("telling", "view", "account", "words", "estimate", "reckoning"))]
        # ("Kyiv, in his telling, had to …": the word is part of an attribution phrase, whose speaker it names)
        speech = [sp for sp in speech if not any(a.start <= sp.start < a.end for a in self._list(s, "according_to") + counts)]
        # («Росія забиратиме свої, як він висловився, «історичні землі»»: a wording marker before quoted words says
        # whose words they are, inside what the sentence already reports; it opens no clause of its own)
        speech = [sp for sp in speech if not _wording_marker(s, sp.start, sp.end)]
        # («таку умову, яку поставив Путін»: slots across a relative word are two clauses, not one speech verb)
        # (but "— that was his message": a pointer that opens the words after a dash points back, it relates nothing)
        speech = [sp for sp in speech if not any(s.lemmas[k] in _RELATIVE_WORDS and not (
            k == sp.start and k > 0 and s.surfaces[k - 1] in _DASHES and s.lemmas[k] in _POINTERS)
            for k in range(min(sp.tokens), max(sp.tokens)))]
        # («ставить умову: …», "set a condition: …": the condition after the colon is the words, read as one;
        # "told reporters: …" still speaks)
        speech = [sp for sp in speech if not (sp.end < n and s.surfaces[sp.end] == ":" and s.lemmas[sp.end - 1] in _THREAT_NOUNS)]
        if self.language == "en":
            # an English passive ("would be written into its constitution", "Zelensky was told …") is no
            # speech of the subject: who wrote or told is either unnamed or after "by"
            # ("Zelensky is saying …" is a progressive, not a passive)
            speech = [sp for sp in speech if not (sp.start > 0 and s.surfaces[sp.start - 1] in _BE_FORMS
                                                  and not s.surfaces[sp.start].endswith("ing"))]
        # "Putin's warning that …", "The Kremlin's bottom line … is that": a warning named as a noun speaks for
        # whose it is; with no owner named («відкинув попередження, що …», "a real threat that …") it is no
        # one's words
        # («Позиція Києва полягає в тому, що …»: in Ukrainian and Russian the owner follows in the genitive)
        owners = {sp.start: next((m for m in mentions if m.actor is not None and (
                                      (m.end == sp.start - 1 and s.surfaces[m.end] in ("'s", "’s"))
                                      or (self.language != "en" and m.start == sp.start + 1
                                          and s.feats[m.start].get("Case") in ("Gen", None)))), None)
                  for sp in speech if (s.upos[sp.start] == "NOUN" or s.lemmas[sp.start] in _SPEECH_NOUNS)
                  and not (sp.start > 0 and s.lemmas[sp.start - 1] in _POINTERS)}  # («— таку умову поставив X»)
        speech = [sp for sp in speech if sp.start not in owners or owners[sp.start] is not None]
        conditions = self._conditions(s)
        markers = {cm.start: " ".join(s.surfaces[cm.start:cm.end]) for cm in self._list(s, "conditions")}
        starts, relatives = self._boundaries(s, conditions)
        self._relatives = relatives
        cond_tokens = {t for a, b, _ in conditions for t in range(a, b)}
        context_people: list[Actor] = []

        def clause_start(i: int) -> int:
            return max(b for b in starts if b <= i)

        def clause_end(i: int) -> int:
            later = [b for b in starts if b > i]
            return min(later) if later else n

        def rel_of(i: int):
            for a, b in relatives:
                if a <= i < b:
                    return a, b
            return None

        # sources («як пише АР», "Axios reported")
        source = self.state.source
        for fm in self._list(s, "media_frames"):
            for m in mentions:
                if m.actor is not None and m.actor.name in lex.media and (
                        fm.end <= m.start <= fm.end + 2 or fm.start - 3 <= m.end <= fm.start):
                    source = m.actor.name

        # reported-speech frames
        frames: list[_Frame] = []
        parenthetical: set[int] = set()  # speech verbs set off by commas inside the words they report
        self._paren_speakers = set()  # «Росія, за його словами, хоче …», "Russia, he said, wants …": who speaks, not who holds
        self._prev_speaker = None
        # «Зеленський заперечив, що Вашингтон висуває таку вимогу», "denied that the U.S. had demanded …": a
        # denial of a fact takes no side, and the words it denies are no one's position
        denials = [(k, n) for k in range(n - 1) if s.lemmas[k] in _DENY_FACT and any(
            s.lemmas[j] in _THAT for j in range(k + 1, min(n, k + 3)))]
        # a doubt or a question about something («засумнівався, чи Україна готова …», «выразил сомнение в том, что
        # …», "questioned why Ukraine should …") and a view not shared ("did not agree that", "disagreed that"):
        # what follows is no one's position
        denials += [(k, n) for k in range(n - 1) if (s.lemmas[k] in _DOUBT or (s.lemmas[k] in _SHARE and (s.lemmas[k] == "disagree" or any(
            s.lemmas[j] in _NEGATORS for j in range(max(0, k - 3), k))))) and any(
            s.lemmas[j] in _THAT_OR_ASKING for j in range(k + 1, min(n, k + 5)))]
        guessed = []  # the words of those whose words are guesses
        for sp in speech:
            if (s.feats[sp.start].get("VerbForm") == "Inf" or (sp.start > 0 and s.surfaces[sp.start - 1] == "to")) and any(
                    s.lemmas[k] in _OBLIGE for k in range(max(0, sp.start - 4), sp.start)):
                continue  # "oblige Kyiv to write into its constitution that …", «зобов'язати Київ записати, що …»: what one
                # is made to declare is the obliger's demand, no one's words yet
            # (the subject before the verb, "Analysts believe …", "…, some analysts said"; after it only in a
            # trailing «…, вважають аналітики»: "told analysts that …" tells them)
            # (with the guesser's name between: «политолог Дмитрий Тренин считает», «по мнению политолога Федора
            # Лукьянова»; a named analyst is no party to the talks)
            guesser = next((h for h in self._list(s, "guessers") if h.end == sp.start or (
                h.start == sp.end and sp.start > 0 and s.surfaces[sp.start - 1] == ",") or (
                h.start >= sp.end and all(s.upos[k] == "PROPN" for k in range(sp.end, h.start))
                and h.end < n and s.words[h.end].text[:1].isupper()) or (
                h.end < sp.start <= h.end + 3 and all(s.words[k].text[:1].isupper() for k in range(h.end, sp.start)))), None)
            if guesser is not None:
                # "Analysts believe Moscow will …", "…, analysts say": a guess, reported as such
                opening = guesser.start
                while opening > 0 and s.upos[opening - 1] in ("DET", "ADJ"):
                    opening -= 1  # ("…, some analysts said", «…, західні аналітики»)
                left = opening > 0 and s.surfaces[opening - 1] == "," or sp.start > 0 and s.surfaces[sp.start - 1] == ","
                guessed.append((0, min(guesser.start, sp.start)) if left else (sp.end, n))
                continue
            if sp.start in owners:
                spk, spk_m = self._resolve(owners[sp.start], context_people), owners[sp.start]
            else:
                spk, spk_m = self._speaker(s, sp, mentions, starts, context_people)
            if spk_m is not None and spk_m.in_pp and spk is not None and spk_m.actor is not None and spk_m.actor.stands_for:
                self.state.last_seat = spk
            there = next((k for k in range(max(0, sp.start - 3), sp.start) if s.lemmas[k] in ("там", "there")), None)
            if spk is None and there is not None and self.state.last_seat is not None and all(
                    s.lemmas[k] in ("також", "також", "же", "также", "тоже", "ще", "ещё", "еще", "знову", "вновь", "снова")
                    for k in range(there + 1, sp.start)):
                spk = self.state.last_seat  # «У Кремлі заявили, що … Там також наголосили, що …»
            if spk is not None:
                self._prev_speaker = (spk, spk_m)
            if s.lemmas[sp.start] in _DESCRIBE and any(pf.start < sp.start for pf in self._list(s, "plan_frames")) \
                    and sp.end < n and s.surfaces[sp.end] in ("it", "його", "її", "его", "ее", "them", "їх", "их"):
                # ("Under the 20-point draft, as he described it, Ukraine would keep …", «Згідно з проєктом, як
                # його описав Зеленський, …»: who describes a plan reports what it says; the plan's proposer holds it)
                if spk_m is not None:
                    self._paren_speakers.add(spk_m.start)
                if spk is not None and spk.label == "PERS":
                    context_people.append(spk)  # (still the person a later «він», "he" stands for)
                continue
            if spk_m is not None and (
                    (spk_m.end == sp.start and _after_comma(s, spk_m.start)
                     and sp.end < n and s.surfaces[sp.end] == ",")  # ", he said,"
                    or (spk_m.start == sp.end and sp.start > 0 and (s.surfaces[sp.start - 1] == "," or (
                        # («Росія, як зазначив Зеленський, хоче …»)
                        sp.start > 1 and s.lemmas[sp.start - 1] in ("як", "как") and s.surfaces[sp.start - 2] == ","))
                        and spk_m.end < n and s.surfaces[spk_m.end] == ",")  # «, сказав він,»
                    # «Київ, як він пояснив, …», "Kyiv, as he described it, …"
                    or (spk_m.end == sp.start and spk_m.start > 1 and s.lemmas[spk_m.start - 1] in ("як", "как", "as")
                        and s.surfaces[spk_m.start - 2] == "," and any(
                            k < n and s.surfaces[k] == "," and all(s.surfaces[j] in _IT_OBJECTS for j in range(sp.end, k))
                            for k in (sp.end, sp.end + 1)))):
                self._paren_speakers.add(spk_m.start)
            src = None
            if spk is not None and spk.name in lex.media:
                src, spk = spk.name, None
            content_left = self._content_left(s, sp, spk_m)
            after_spk = max(sp.end, spk_m.end if spk_m is not None else sp.end)
            if (sp.start > 0 and s.surfaces[sp.start - 1] == "," and after_spk < n and s.surfaces[after_spk] == ","
                    and (spk_m is None or spk_m.start >= sp.end)) or (
                    # "Russia is ready to end the war, Putin said, as long as …": the same with the speaker first
                    spk_m is not None and spk_m.end == sp.start and _after_comma(s, spk_m.start)
                    and sp.end < n and s.surfaces[sp.end] == ","):
                # «Бойові дії, заявив Путін, припиняться …»: a parenthetical speech verb; the words are on both sides
                frames.append(_Frame(asked, n, (sp.start, sp.end), spk, bool(sp.pattern.payload), src))
                parenthetical.add(sp.start)
            elif (semi := self._semicolon_after(s, sp, spk_m, after_spk)) is not None:
                # "The fighting will stop once …, Mr. Putin said; if they stay, Russia will take it": a speech verb
                # closed by a semicolon reports the words before it and the clause after it
                frames.append(_Frame(asked, (spk_m.start if spk_m and spk_m.start < sp.start else sp.start), (sp.start, sp.end),
                                     spk, bool(sp.pattern.payload), src))
                frames.append(_Frame(semi + 1, n, (sp.start, sp.end), spk, bool(sp.pattern.payload), src))
            elif content_left:
                # (a reporter's question before it is not what he said: "Asked whether …, Peskov said no")
                frames.append(_Frame(asked, (spk_m.start if spk_m and spk_m.start < sp.start else sp.start), (sp.start, sp.end),
                                     spk, bool(sp.pattern.payload), src))
            else:
                frames.append(_Frame(sp.end, n, (sp.start, sp.end), spk, bool(sp.pattern.payload), src))
            if spk is not None and spk.label == "PERS":
                context_people.append(spk)
            elif spk is not None and spk.side:
                context_people.append(spk)  # "U.S. officials told reporters they …": groups, for «вони»/"they"
        for am in self._list(s, "according_to") + counts:
            if any(am.end <= h.start <= am.end + 1 for h in self._list(s, "guessers")):
                guessed.append((am.end, n))  # «по мнению политолога …», "according to analysts": a guess
                continue
            for m in mentions:
                if am.end < n and s.surfaces[am.end] == "," and m.start >= am.end:
                    continue  # «За підрахунками, Україні доведеться …»: nobody named, nobody's words
                if am.start <= m.start <= am.end + 1:  # «за словами Путіна», «на його думку»
                    # («Гарантії, за його словами, готові на 95%, і Зеленський це підтвердив»: «його» is someone
                    # named before it, not a speaker later in the sentence)
                    before = [a for o in mentions if o.end <= am.start and o.actor is not None
                              for a in [o.actor] if a in context_people]
                    actor = self._resolve(m, before)
                    if actor is None:
                        continue
                    if actor.name in lex.media:
                        source = actor.name
                        break
                    frames.append(_Frame(0, n, None, actor, False))
                    break

        # «Зеленський заявив, що Путін поставив умову: …», "Witkoff said Moscow had set a condition: …": a condition
        # set by someone named inside another's words opens the setter's own words
        for c in range(1, n - 1):
            setter = _setter_before(s, c) if s.surfaces[c] == ":" else None
            outer = [f for f in frames if setter is not None and f.start <= setter < f.end]
            subj = next((m for m in reversed(mentions) if outer and outer[0].start <= m.start and m.end <= setter
                         and m.eligible and m.actor is not None and m.kind != "plan"
                         and s.feats[m.end - 1].get("Case") in ("Nom", None)), None)
            actor = self._resolve(subj, context_people) if subj is not None else None
            if actor is not None and (actor.side or actor.stands_for) and actor.name not in lex.media \
                    and s.lemmas[setter - 1] not in ("не", "not", "ни"):
                for f in outer:
                    f.end = min(f.end, subj.start)
                frames.append(_Frame(c + 1, n, None, self.index.get(actor.holder) or actor, True, outer[0].source))
                break
        # "He was blunt about the price: …", «Позиція Києва незмінна: …»: a colon after a clause about an
        # actor, with no speech verb, opens that actor's words
        for c in range(1, n - 1):
            if s.surfaces[c] != ":" or any(f.start <= c < f.end or (f.verb and f.verb[0] < c) for f in frames):
                continue
            # («Кремль своєї вимоги не змінює: …», "Moscow has not changed its position: …": a position kept is a
            # position that stays)
            kept_position = any(s.lemmas[k] in _POSITION_NOUNS | _THREAT_NOUNS for k in range(c))

            def unchanged(k: int) -> bool:
                return kept_position and s.lemmas[k] in _CHANGE_VERBS and any(
                    s.lemmas[j] in ("не", "not", "never") or s.surfaces[j] == "n't" for j in range(max(0, k - 3), k))
            if any(s.upos[k] == "VERB" and s.feats[k].get("VerbForm") == "Fin" and s.lemmas[k] not in _COLON_VERBS
                   and not unchanged(k) for k in range(c)):
                break  # "Zelensky met Putin: …": a clause of its own, not an announcement of words
            remain = next((k for k in range(c) if s.lemmas[k] in _REMAIN), None)
            if remain is not None and not any(s.lemmas[k] in _POSITION_NOUNS | _THREAT_NOUNS for k in range(remain)):
                break  # «Україна залишається під тиском: …»: only a position stays («Позиція Москви незмінна»)
            subject = next((m for m in mentions if m.end <= c and m.kind != "plan" and (m.eligible or (
                m.actor is not None and c - 3 <= m.start and self._in_pp(s, m.start) is False))), None)
            # «Позиція Білого дому тепер зрозуміла: …»: the owner of a position (genitive right after the noun)
            # speaks, and the words after the colon are that position itself
            # (not a position said to be unclear: «Позиція Білого дому поки незрозуміла: …»)
            owned = next((m for m in mentions if m.end <= c and m.actor is not None and m.start >= 1
                          and s.lemmas[m.start - 1] in _POSITION_WORD
                          and s.feats[m.start].get("Case") in ("Gen", None)
                          and not any(s.lemmas[k].startswith(("не", "unclear")) for k in range(m.end, c))), None)
            if owned is not None and (subject is None or not subject.eligible):
                subject = owned
            actor = self._resolve(subject, context_people) if subject is not None else None
            if actor is not None and (actor.side or actor.stands_for) and actor.name not in lex.media \
                    and not self._has_verb(s, c + 1, min(n, c + 2)):
                # (after «висунули власний контрпроєкт:» what follows is what that draft provides, stated
                # as fact: as assertive as «наголосили»)
                presents_plan = any(m.kind == "plan" and m.end <= c and not m.in_pp for m in mentions)
                # (as is a threat or a condition announced before the colon: «вдався до погроз: …»)
                threat = any(s.lemmas[k] in _THREAT_NOUNS and not self._in_pp(s, k) for k in range(c)) or any(
                    s.lemmas[k] in _RESORT and k + 2 < c and s.lemmas[k + 2] in _THREAT_NOUNS for k in range(c))
                frames.append(_Frame(c + 1, n, None, self.index.get(actor.holder) or actor,
                                     presents_plan or threat or subject is owned))
            break

        # («повторив погрозу, яку озвучив у Бішкеку: …»: a speech verb with no subject of its own inside a speaker's
        # words is that speaker's; its frame adds nothing and would hide the speaker)
        frames = [f for f in frames if not (f.speaker is None and f.source is None and any(
            o is not f and o.speaker is not None and o.start <= f.start and f.end <= o.end for o in frames))]
        if self._told_next is not None and not any(f.speaker is not None for f in frames):
            # «Гарантії мають бути юридично обов'язковими. Про це заявив Зеленський.»: the sentence is the words of
            # the speaker the next one names
            frames.append(_Frame(0, n, None, self._told_next, False, named_after=True))
        self._frames = frames  # (read by _plan_authors: whose words a plan is named in)

        def frame_of(i: int):
            # the innermost frame: the one that opens last (both hold ``i``, so it opens inside the other: «Трамп
            # вважає, що перемир'я лише затягне війну, заявив Ушаков» is Trump's view, which Ushakov reports,
            # though its span runs to the end), or the smaller of two that open together
            best = None
            for f in frames:
                if f.start <= i < f.end and (best is None or f.start > best.start or (
                        f.start == best.start and f.end - f.start < best.end - best.start)):
                    best = f
            return best

        hedged = bool(self._list(s, "hedges"))
        past = self._past(s)
        changed = self._list(s, "position_changed")  # («однак змінив риторику»), and those denied («не змінилася»)
        unchanged = [pc for pc in changed if any(s.lemmas[k] in _NEGATORS for k in range(max(0, pc.start - 2), pc.end))]
        # «за його словами», "its provisions": a possessive before a noun points to an actor, not an issue
        plan_tokens = {pm.start for pm in self._list(s, "plan_nouns")}
        def role_after(k: int) -> bool:  # («головним його противником», "its most vocal backer": whose backer, the issue's)
            return any(s.lemmas[j] in _ROLE_NOUNS and all(s.upos[i] in ("ADJ", "ADV", "NOUN") for i in range(k, j))
                       for j in range(k, min(n, k + 4)))

        anaphors = [a for a in self._list(s, "anaphors") if not (
            s.surfaces[a.start] in _POSSESSIVES | {"їх", "их", "its", "their"} and a.end < n and s.upos[a.end] in ("NOUN", "ADJ")
            and not role_after(a.end))
            # «цей термін», "this week": a demonstrative that points at a noun of its own, not at an issue
            and not (s.lemmas[a.start] in _DEMONSTRATIVES and a.end < n and s.upos[a.end] == "NOUN"
                     and a.end not in issue_tokens and a.end not in cue_tokens and a.end not in plan_tokens
                     and s.lemmas[a.end] not in _POSITION_NOUNS)
            # ('called it "legally impossible" to sign', "made it clear that": an "it" that stands in for the clause
            # after its adjective points at nothing before)
            and not (s.surfaces[a.start] == "it" and _extraposed_it(s, a.end))]
        partial_ends = {p.end for p in self._list(s, "partials")}
        questions = self._list(s, "indirect_questions")
        neutral = self._list(s, "neutral")
        modals = self._list(s, "modals")
        plan_frames = self._list(s, "plan_frames")
        # cues that are circumstances («відмовившись», "supported by") end no other cue's scope
        circumstantial = {c.start for c in cues if s.feats[c.start].get("VerbForm") in ("Conv", "Part") or (
            self.language == "en" and c.end < n and s.surfaces[c.end] == "by") or (
            # («возражает против размещения», "objects against": the preposition of the verb before it)
            s.lemmas[c.start] in _AGAINST and any(v.end == c.start and v.pattern.payload.kind == "verb" for v in cues))}
        bounds = sorted([c.start for c in cues if c.start not in circumstantial] + [sp.start for sp in speech]
                        + [f.verb[0] for f in frames if f.verb])

        results: list[Stance] = []
        claimed: set[int] = set()  # issue match indexes claimed by a cue
        plan_content = False  # this sentence states what a plan contains

        # restrictive relative clauses describe («райони, які рф не вдалося захопити»); those opened
        # by a plan frame («ідея, за якою ЗСУ мали б вийти», "under which") state the content
        frame_starts = {pf.start for pf in plan_frames} | {pf.start + 1 for pf in plan_frames}
        descriptive = [(a, b) for a, b in relatives if a not in frame_starts]

        def issues_in(a: int, b: int, skip_conditions=True, inside=None):
            found = []
            skip = {t for ra, rb in descriptive if (ra, rb) != inside for t in range(ra, rb)}
            for idx, (im, key, sign) in enumerate(kept):
                toks = [t for t in im.tokens if a <= t < b and not (skip_conditions and t in cond_tokens) and t not in skip]
                if len(im.tokens) > 1 and im.tokens & skip and im.tokens - skip:
                    continue  # a match that straddles a descriptive relative clause joins unrelated words
                if len(toks) * 2 >= len(im.tokens):
                    found.append((idx, key, sign))
            return found

        def condition_for(i: int):
            """The condition clause attached to position ``i``: the nearest one before or after it with
            no other attitude word or speech verb in between ("inside" when ``i`` is in one)."""
            for a, b, text in conditions:
                if a <= i < b:
                    return "inside"
            others = {c.start for c in cues} | {sp.start for sp in speech if sp.start not in parenthetical}
            speech_starts = {sp.start for sp in speech}
            best = None
            for a, b, text in conditions:
                if a <= 1 and b - a <= 4 and " ".join(s.surfaces[a:b]) in _BARE_CONDITIONS | {"інакше", "иначе", "otherwise"}:
                    return text  # «В противном случае, подчеркнул он, …»: "otherwise" opens and governs the sentence
                lo, hi = (i + 1, a) if a > i else (b, i)
                # a sentence-initial condition governs the main clause across a parenthetical speech verb
                # ("Should Kyiv turn it down, he warned, Russian forces would keep advancing")
                between = {o for o in others if lo <= o < hi} - (speech_starts if a == 0 and a < i else set())
                # (a colon after a clause complete with its verb opens words of their own: in "Russia's
                # insistence on a pullout was unchanged: the fighting would end once …" the condition is the
                # ending's; «відповів, що готовий: якщо …» still states what the readiness waits on)
                colon = next((k for k in range(lo, hi) if s.surfaces[k] == ":"), None)
                if between or any(s.surfaces[k] == ";" for k in range(lo, hi)) or (
                        colon is not None and a > i and self._has_finite_verb(s, i + 1, colon)):
                    continue
                dist = hi - lo
                if best is None or dist < best[0]:
                    best = (dist, text)
            return best[1] if best else None

        def clause_start_over_conditions(i: int) -> int:
            """Clause start of ``i``, reaching back over a condition clause embedded before it
            («європейські військові, якщо їх розмістять в Україні, стануть …»)."""
            c = clause_start(i)
            coordinated = {co.start for co in self._list(s, "coordinators")}
            while c > 0 and c not in coordinated:  # («…, а готовності Києва …»: a new clause, not an embedding)
                prev = c - 1 if s.surfaces[c - 1] in {",", "—", "–"} else c
                hit = next(((a, b) for a, b, _ in conditions if a < prev <= b), None)
                if hit is None or hit[0] == 0:
                    break
                c = clause_start(hit[0] - 1)
            return c

        mention_ends = {m.end for m in mentions if m.actor is not None or m.kind.startswith("pronoun")}
        # an attitude word whose object is another one ("rejected calls for", «відмовився підтримати», "refused to
        # back"): the outer one takes no issue of its own and, when it opposes, turns the inner one around (a noun
        # cue after it, «відкинула пропозицію», is another party's position and stays as it is)
        chain_flip, chained, chain_targets = set(), set(), set()
        through_object = {}  # a document's cue in a relative clause -> the attitude verb that takes the document
        possessor_ends = {p.end for p in self._possessors(s)}

        def noun_like(c) -> bool:
            # "no such demand", "NATO's mutual-defense promise": an English verb cue after a determiner or
            # modifier is a noun ("rejected the demand for …" rejects another party's demand; so does "the U.S.
            # demand", "Russian demands": an adjective, or a name after a determiner, modifies a noun)
            if c.pattern.payload.kind == "noun":
                return True
            if c.pattern.payload.kind != "verb" or c.start == 0 or self.language != "en":
                return False
            k = c.start - 1
            # (a finite verb after a plan is the plan's: "The U.S. draft offered Russia …", "the plan calls for")
            finite_after_plan = s.upos[c.start] == "VERB" and s.surfaces[c.start].lower().endswith(("s", "ed")) and any(
                m.kind == "plan" and m.end == c.start for m in mentions)
            if s.upos[k] == "DET" or s.surfaces[k].lower() in ("'s", "’s", "its", "their", "his", "her", "our", "my", "your") \
                    or (k in issue_tokens and not finite_after_plan) or (
                    c.start in possessor_ends and c.end < len(s.words) and s.upos[c.end] == "ADP"):
                return True  # ("Russian demands for …": a state's adjective)
            while k >= 0 and s.upos[k] in ("PROPN", "ADJ") and c.start - k <= 3:
                k -= 1
            # ("Russia and the US demand a ceasefire" is a verb with its object; "the U.S. demand for" a noun; a
            # past form is no noun: "Ukraine and the United States agreed on a framework")
            return k >= 0 and k < c.start - 1 and s.upos[k] == "DET" and c.end < len(s.words) and not (
                s.surfaces[c.start].lower().endswith("ed") and s.upos[c.start] == "VERB") and (
                s.upos[c.end] == "ADP" or s.surfaces[c.end] in ("that", ",", ".", ";"))

        for a_cue in cues:
            if a_cue.pattern.payload.kind == "noun":
                continue
            b_cue = next((b for b in cues if not noun_like(b) and a_cue.end <= b.start <= a_cue.end + 2 and all(
                s.upos[k] in ("DET", "ADJ", "PART") or s.surfaces[k] == "to" for k in range(a_cue.end, b.start))), None)
            if b_cue is not None and s.lemmas[b_cue.start] in _AGAINST:
                b_cue = None  # «не возражает против», "objected against": the verb's own preposition
            if b_cue is None and self.language in ("uk", "ru") and s.surfaces[a_cue.start] in _FRONTED_INTENT:
                # «Отказываться от переговоров … Кремль не намерен»: an infinitive put first is the object of the
                # intent after it (past its own object and the subject, with no other verb between)
                # (past a parenthetical, «Відмовлятися від задуму в Єврокомісії, однак, не збираються»)
                def inside_parenthetical(k, b):
                    return any(j <= k < j + _parenthetical_at(s, j) for j in range(b.end, a_cue.start))
                b_cue = next((b for b in cues if b.end <= a_cue.start and s.feats[b.start].get("VerbForm") == "Inf"
                              and b.start == clause_start(b.start)
                              and not any(s.upos[k] in ("VERB", "AUX") or s.surfaces[k] in (",", ";")
                                          for k in range(b.end, a_cue.start)
                                          if s.lemmas[k] not in ("не", "ни") and not inside_parenthetical(k, b))), None)
            if b_cue is None and " ".join(s.lemmas[a_cue.start:a_cue.end]) in _RENOUNCE:
                # «не збирається відмовлятися від вимоги про вихід ЗСУ», "will not drop its demand that …": a demand
                # given up is the holder's own, so giving it up turns it around and refusing to keeps it (unlike
                # «відкинула вимогу», another party's demand rejected)
                b_cue = next((b for b in cues if a_cue.end < b.start <= a_cue.end + 3 and s.lemmas[b.start] in _DEMAND_NOUNS
                              and all(s.upos[k] in ("DET", "ADJ", "PRON", "ADP") for k in range(a_cue.end, b.start))), None)
            if b_cue is None and a_cue.pattern.payload.kind == "verb":
                # «не підпише угоду, яка передбачає виведення військ», "would not accept any agreement that includes
                # …", «отвергла документ, который предусматривает …»: what a text provides is taken or refused with
                # the text, by whoever takes or refuses it
                b_cue = self._provided_by_object(s, a_cue, cues)
                if b_cue is not None:
                    through_object[b_cue.start] = a_cue
            if b_cue is None or b_cue.start in cond_tokens:
                continue
            chained.add(a_cue.start)
            # (a chain of three, «не збирається відмовлятися від вимоги»: the middle word's own turn counts, and
            # the negation before the first word is the first word's)
            a_negated = any(e == a_cue.start or (e == a_cue.start - 1 and a_cue.start not in chain_targets) for e in neg_ends)
            chain_targets.add(b_cue.start)
            if ((a_cue.pattern.payload.polarity == "oppose") != (a_cue.start in chain_flip)) != a_negated:
                chain_flip.add(b_cue.start)
        for cue in cues:
            info = cue.pattern.payload
            if cue.start in chained:
                continue
            if cue.start in cond_tokens:
                continue  # hypothetical («якщо Київ відхилить вимоги»)
            if any(a <= cue.start < b for a, b in time_clauses):
                continue  # «…, доки путін не погодиться на перемир'я»: what is waited for, not anyone's refusal
            # («Москва категорически против», «Мы решительно против»: an adverb between the subject and the word)
            before_adv = cue.start
            while before_adv > 0 and (s.upos[before_adv - 1] == "ADV" or (  # («рішуче»: an adverb the tagger calls ADJ)
                    s.upos[before_adv - 1] == "ADJ" and s.surfaces[before_adv - 1].endswith(("е", "о")))):
                before_adv -= 1
            if before_adv > 1 and s.surfaces[before_adv - 1] in ("not", "n't") and s.lemmas[before_adv - 2] in _COPULAS:
                before_adv -= 2  # "Moscow is not against direct talks"
            elif before_adv < cue.start and before_adv > 1 and s.lemmas[before_adv - 1] in _COPULAS:
                before_adv -= 1  # "Hungary is firmly against"
            if s.lemmas[cue.start] in _AGAINST and info.kind == "adj" and not (cue.start in mention_ends or (
                    cue.start - 1 in mention_ends and s.lemmas[cue.start - 1] in _COPULAS) or (
                    before_adv < cue.start and (before_adv in mention_ends or (
                        before_adv > 0 and s.upos[before_adv - 1] == "PRON" and s.feats[before_adv - 1].get("Case") in ("Nom", None))))):
                continue  # «санкції проти Росії», «виступає проти»: a preposition, or part of another cue
            if info.kind == "adj" and s.lemmas[cue.start] in _WILLING and (
                    # "its peace plan was not ready", «план ще не готовий»: the text's state, not anyone's will
                    any(cue.start - 4 <= im.end <= cue.start and all(s.upos[k] in ("AUX", "PART", "ADV") or s.lemmas[k] in _STILL
                                                                     for k in range(im.end, cue.start)) for im, _, _ in kept)
                    # «готового текста соглашения пока нет»: a ready text, not a holder's readiness
                    or (s.feats[cue.start].get("Case") not in (None, "Nom") and cue.end < n and s.upos[cue.end] == "NOUN")):
                continue
            if s.lemmas[cue.start] in _HOSTING and cue.end < n and (s.lemmas[cue.end] in _GUESTS or any(
                    m.start == cue.end and m.actor is not None and m.actor.label == "PERS" for m in mentions) or (
                    # («американські емісари побували в москві: путін приймав їх у кремлі»: the guests named before)
                    s.upos[cue.end] == "PRON" and any(s.lemmas[k] in _GUESTS for k in range(cue.start)))):
                continue  # «приймав Зеленського у Білому домі», «принимал делегацию»: a host receives a guest, accepts nothing
            if s.lemmas[cue.start] == "пора" and cue.start > 0 and s.lemmas[cue.start - 1] in ("тот", "с", "до"):
                continue  # «до тех пор», «с тех пор»: a time, not «пора» ("it is time")
            if s.lemmas[cue.start] in ("відкладати", "відкласти") and not any(
                    s.lemmas[k] in _TALKS for k in range(max(0, cue.start - 10), min(n, cue.start + 5))):
                continue  # «відкладає зустріч до моменту, коли …» puts off a meeting; a decision or an answer put off is none
            if s.lemmas[cue.start] in _INTEND and not any((s.feats[k].get("VerbForm") == "Inf" or (
                    self.language == "en" and s.surfaces[k] == "to")) and not self._has_finite_verb(s, min(k, cue.end), max(k, cue.start))
                    for k in [clause_start(cue.start)] + list(range(max(0, cue.start - 4), min(n, cue.end + 10)))):
                continue  # «збирається саміт ЄС», «собирается совет»: a meeting gathers; an intention takes an infinitive
                # (put first too: «Выводить войска … Киев не собирается»)
            if any(sp.end <= q.start <= sp.end + 1 and q.end <= cue.start for sp in speech for q in questions):
                continue  # "did not say which of its provisions Ukraine could accept": an open question
            plan_rel = next(((a, b) for a, b in relatives if a <= cue.start < b and a >= 2 and s.surfaces[a - 1] == ","
                             and any(m.kind == "plan" and m.end == a - 1 for m in mentions)), None) \
                if s.lemmas[cue.start] in _AUTHORING_VERBS else None
            if plan_rel is not None:
                # («путін не виключив, що проєкт, який напрацювали США та Україна, може стати основою»: who wrote a
                # plan, said in passing in another side's words, is no stand the text reports; see _plan_authors)
                authors_sides = {m.actor.side for m in mentions if m.actor is not None and plan_rel[0] <= m.start < plan_rel[1]}
                that = next((c.start for c in self._list(s, "complementizers") if c.start < cue.start), None)
                outer = [fr.speaker for fr in frames if fr.start <= cue.start < fr.end and fr.speaker is not None] + [
                    m.actor for m in mentions if that is not None and m.end <= that and m.eligible and m.actor is not None][:1]
                if any(a.side and a.side not in authors_sides for a in outer):
                    continue
            if info.kind == "noun" or noun_like(cue):
                # "Russia dropped its demand for …", «Москва відмовилася від вимоги …»: a demand given up is no longer
                # held (unless the giving up is denied: "will not drop its demand", «не збирається відмовлятися»)
                rv = _verb_before_noun(s, cue.start, 0)
                if rv >= 0 and s.lemmas[rv] in _RENOUNCE_WORDS and s.lemmas[cue.start] in _DEMAND_NOUNS and not any(
                        rv - 4 <= e <= rv for e in neg_ends) and not any(s.lemmas[k] in ("intention", "намір", "намерение")
                                                                          for k in range(max(0, rv - 4), rv)):
                    continue
            if info.kind == "noun" and any(cue.start - 3 <= e <= cue.start for e in partial_ends):
                continue  # "some parts of the U.S. proposals": a verdict on a part
            head_feats = s.feats[cue.start]
            # "has been agreed by U.S. and Ukrainian negotiators": a passive clause names its holders after «by»
            agents = self._passive_agents(s, cue, mentions)
            # (a participle after a form of «бути»/«быть» is the predicate: «могут быть положены в основу»; so
            # is a Russian short participle, which has no case: «Москва открыта к переговорам»)
            predicate = (cue.start > 0 and s.lemmas[cue.start - 1] in _COPULAS) or (
                self.language == "ru" and head_feats.get("VerbForm") == "Part" and "Case" not in head_feats)
            if not agents and not predicate and (head_feats.get("VerbForm") in ("Conv", "Part") or (
                    self.language == "en" and info.kind == "verb" and cue.end < n and s.surfaces[cue.end] == "by")):
                continue  # «відмовившись», "supported by": a circumstance, not a position taken
                # (an attitude word is no passive: "would be considered legitimate targets by the military")
            if info.kind == "verb" and noun_like(cue):
                info = type(info)(info.polarity, "noun", info.document)
            if info.kind == "noun" and any(s.lemmas[k] in _SOME for k in range(max(0, cue.start - 2), cue.start)):
                continue  # "accepted some American ideas": a verdict on some of them
            if info.kind == "adj" and (any(s.lemmas[k] in _SOME for k in range(max(0, cue.start - 12), cue.start))
                                       or any(cue.start - 8 <= p.start < cue.start for p in partials)):
                continue  # «Деякі американські ідеї … прийнятні», "some ideas were acceptable": a verdict on some
            if info.kind == "verb" and ((cue.start > 0 and s.lemmas[cue.start - 1] in ("чи", "whether")) or (
                    cue.end < n and s.lemmas[cue.end] == "ли")):
                continue  # «вирішувати, чи погоджуватися», "decide whether to accept": a question left open
            # (a cue that carries its own «не», first or not, is not negated again by the «ні» of concord before
            # it: «ні морального права … не має» is one negation)
            # (a «не» two words back is the word's before it when that word governs this one: «не збирається
            # погоджуватися» is negated once)
            negated = ((any(e == cue.start or (e == cue.start - 1 and cue.start not in chain_targets) for e in neg_ends) or (
                        # «Закріплювати відмову від курсу Київ не буде»: a fronted infinitive denied after it
                        self.language in ("uk", "ru") and s.feats[cue.start].get("VerbForm") == "Inf"
                        and _negated_after(s, max([cue.end] + [im.end for im, _, _ in kept if im.start >= cue.end
                                                                and not self._has_finite_verb(s, cue.end, im.start)
                                                                # («Працювати над … Україна готова, але визнавати … не
                                                                # буде»: not past the comma of another clause)
                                                                and "," not in s.surfaces[cue.end:im.start]]))))
                       and not any(s.lemmas[t] in _CUE_NEGATIONS and not (  # («пойти ни на»: its «ни» is concord, not its own)
                           s.lemmas[t] == "ни" and t + 1 in cue.tokens and s.upos[t + 1] == "ADP") for t in cue.tokens))
            if info.kind == "noun" and cue.start > 1 and s.upos[cue.start - 1] in ("DET", "ADJ") and cue.start - 1 in neg_ends:
                negated = True
            if info.kind == "noun" and any(s.lemmas[k] in _PUT_FORWARD and s.lemmas[k - 1] == "не"
                                           for k in list(range(cue.end, min(n, cue.end + 4))) + [cue.start - 1, cue.start - 2]
                                           if k >= 1 and "," not in s.surfaces[min(k, cue.end):max(k, cue.start)]):
                negated = True  # «такої вимоги США не висували», «не висували такої вимоги»: a demand never made
            if self._parse_negated(s, cue):
                negated = True
            if self.language == "en" and info.kind == "verb" and cue.end < n and s.surfaces[cue.end] == "no" \
                    and not (cue.end + 1 < n and s.surfaces[cue.end + 1] in ("longer", "doubt")) \
                    and not any(im.start == cue.end + 1 for im, _, _ in kept):  # "accept no troops": the issue carries it
                negated = True  # "wanted no part of the package", "would accept no troops"
            if s.lemmas[cue.start] in _READINESS and any(
                    cue.end <= ng.start < _end_past_parentheticals(s, clause_end(cue.start), clause_end) and (s.lemmas[ng.start] in ("нет", "немає", "нема") or (
                        ng.end < n and (s.upos[ng.end] in ("VERB", "AUX")
                                        or s.lemmas[ng.end] in ("видно", "видать", "помітно", "заметно"))))
                    and not any(s.upos[k] == "SCONJ" and s.surfaces[k - 1] == "," and not _not_yet(s, k)
                                for k in range(cue.end, ng.start))
                    for ng in negations):
                # «готовності Києва до поступок … він не бачить»: the readiness is denied (not by a «не» of another
                # word or clause: «готовность предоставить гарантии, хотя и не бессрочно»)
                negated = True
            if negated and any(e.tokens & cue.tokens for e in existential):
                negated = False  # «О сокращении армии речи не идет»: the «не» denies the issue (counted there), once
            polarity = info.polarity
            if negated and info.kind == "noun":
                continue  # "no such demand": a denied demand is no position
            if negated and info.document and s.lemmas[cue.start] in _CONTAINS | {"include", "contain", "envisage", "provide"}:
                continue  # «план не передбачає виведення військ», "does not include": an absence, not a rejection
            if negated and (s.lemmas[cue.start] in _MUTUAL or (s.lemmas[cue.start] == "agree" and cue.start >= 2
                                                              and s.lemmas[cue.start - 2] == "fail")):
                continue  # «так і не домовилися», "failed to agree": no agreement was reached, which is nobody's opposition
            if negated:
                polarity = "oppose" if polarity == "support" else "support"
            if cue.start in chain_flip:
                polarity = "oppose" if polarity == "support" else "support"
            c_start = clause_start_over_conditions(cue.start)
            rel = rel_of(cue.start)
            # "Merz, who hosted the talks, called …": a relative clause that closed before the cue is
            # embedded in the cue's clause; its subject stands before it
            while c_start > 0 and any(a == c_start and b <= cue.start for a, b in relatives):
                c_start = clause_start(c_start - 1)
            recipient = self.language == "en" and not agents and info.kind == "verb" and cue.start > 0 \
                and s.surfaces[cue.start - 1] in _BE_FORMS and s.surfaces[cue.start].endswith("ed") \
                and s.lemmas[cue.start] in _GIVE
            if agents:
                holder, holder_m, method = self._parties_actor(agents), None, "surface"
            elif recipient:
                # "Moscow had been offered relief from sanctions, Waltz said": the subject of a passive
                # offer receives it; whoever reports the offer speaks for the side that made it
                frame = frame_of(cue.start)
                if frame is None or frame.speaker is None:
                    continue
                holder, holder_m, method = frame.speaker, None, "surface"
            elif cue.start in through_object:
                taker = through_object[cue.start]
                holder, holder_m, method = self._holder(s, taker, taker.pattern.payload, mentions,
                                                        clause_start_over_conditions(taker.start), rel_of(taker.start),
                                                        relatives, cond_tokens, context_people, plan_frames, frame_of(taker.start))
            else:
                holder, holder_m, method = self._holder(s, cue, info, mentions, c_start, rel, relatives, cond_tokens,
                                                        context_people, plan_frames, frame_of(cue.start))
            if holder is None:
                continue
            if cue.start in through_object:
                pass  # (the taker's subject holds it, not the document)
            elif info.document and holder_m is not None and holder_m.kind != "plan" and s.lemmas[cue.start] in _FORESEE and (
                    any(s.lemmas[k] in _THAT for k in range(cue.end, min(n, cue.end + 2)))
                    or holder_m.start >= cue.end
                    or (holder.label == "PERS" and not (
                        holder_m.end < n and s.surfaces[holder_m.end] in ("'s", "’s")))):
                # «Зеленський передбачає, що …», «Эксперты предполагают уход ВСУ»: a person foresees or supposes,
                # proposes nothing (a state envisages: "The U.S. envisages a demilitarised zone")
                continue
            by_plan = info.document and (holder_m is None or holder_m.kind == "plan") and cue.start not in through_object
            if by_plan and self.language in ("uk", "ru") and s.feats[cue.start].get("Tense") == "Past" \
                    and s.feats[cue.start].get("Aspect") != "Perf":
                continue  # «проєкт … передбачав»: what a plan used to provide, a superseded version
            context_people.append(holder)
            frame = frame_of(cue.start)
            # the journalist's guess covers its own clause (or, at the start, the whole sentence), not a clause
            # before it: «Зеленський погодився працювати над документом, але попередив, що країні, можливо, …»
            if frame is None and any(h.start <= 1 or c_start <= h.start < clause_end(cue.start) or (
                    h.start < cue.start and not any(h.start < b <= cue.start for b in bounds)) for h in self._list(s, "hedges")):
                continue
            if any(a <= cue.start < b for a, b in denials):
                continue
            if (frame is None or frame.speaker is None) and (any(a <= cue.start < b for a, b in guessed) or any(
                    h.start <= 1 and h.end < n and s.upos[h.end] == "VERB" for h in self._list(s, "guessers"))):
                continue  # «Експерти припускають, що …»: a guess, whatever the verb
            # (a date inside a relative clause dates that clause: «Зеленський, який ще навесні пропонував перемир'я,
            # тепер вимагає …»; a position said to hold still is current: «… і продовжує наполягати на цьому зараз»)
            still = bool(unchanged) or any(s.lemmas[k] in _HOLDS_NOW and rel_of(k) == rel_of(cue.start)
                                           for k in range(c_start, clause_end(cue.start)))  # («… і ця позиція не змінилася»)
            if not still and any((c_start <= p.start < clause_end(cue.start) or p.start < cue.start and p.start >= c_start)
                                 and rel_of(p.start) in (None, rel_of(cue.start)) for p in past):
                continue
            if any(pc.start <= cue.start < pc.end for pc in changed):
                continue  # ('walked back the call': the words of the change, no position of their own)
            if any(pc.start > cue.end and pc not in unchanged
                   and not any(cue.end <= m.start < pc.start and m.eligible and m.actor is not None and m.actor.side for m in mentions)
                   for pc in changed):
                # («Раніше Трамп виступав за перемир'я, однак згодом змінив риторику»: given up since; not «ця позиція не
                # змінилася», nor another side's change, «…, тоді як Трамп змінив риторику»)
                continue
            # scope
            nxt = [b for b in bounds if b > cue.start]
            right_end = min(nxt) if nxt else n
            nested = [c for c in cues if cue.end <= c.start <= cue.end + 3 and noun_like(c)]
            if nested and right_end == nested[0].start:
                later = [b for b in bounds if b > nested[0].start]
                right_end = min(later) if later else n
            if info.kind == "noun" and rel is None:
                # «Вимога кремля, яку там повторюють щоразу, — відмова від …»: a relative clause on the noun, closed
                # before a dash, does not end it; what follows the dash is what it demands
                closed = next((b for a, b in relatives if cue.end <= a <= cue.end + 3 and b + 1 < n and (
                    s.surfaces[b] in _DASHES or s.surfaces[b] == "," and s.surfaces[b + 1] in _DASHES)), None)
                if closed is not None and right_end <= closed + 1:
                    later = [b for b in bounds if b > closed + 2]
                    right_end = min(later) if later else n
            if rel is not None:
                right_end = min(right_end, rel[1])  # «план, який США пропонують, …»: the relative clause ends it
            for co in self._list(s, "coordinators"):
                embedded = any(cm.end <= cue.start for cm in self._list(s, "complementizers"))
                if cue.end <= co.start < right_end and (self._second_predicate(s, co) or (
                        embedded and co.start in starts and s.surfaces[co.start - 1] == "," and s.lemmas[co.start] in _CONTRAST_COORD
                        and not (co.end < n and s.lemmas[co.end] in ("також", "also", "также")))):
                    right_end = co.start  # «…, а різдвяного перемир'я не буде»: a contrasting clause of its own
                    break
            for k in range(cue.end, right_end):
                if k > cue.end and s.surfaces[k - 1] == "," and s.upos[k] == "VERB" and (
                        s.feats[k].get("VerbForm") == "Conv" or (self.language == "en" and s.surfaces[k].endswith("ing"))):
                    right_end = k - 1  # ", setting aside …", «, відклавши …»: a separate predication
                    break
                if s.surfaces[k] in {";"} or (s.surfaces[k] in _DASHES and k > cue.end and info.kind != "noun"
                                               and not any(a <= k < b for a, b, _ in conditions)):
                    right_end = k
                    break
                before_colon = issues_in(cue.end, k, inside=rel) if s.surfaces[k] == ":" else []
                if before_colon and self._has_finite_verb(s, kept[before_colon[-1][0]][0].end, k):
                    # "Russia's insistence on a pullout was unchanged: …": a clause complete with its object ends
                    # before the colon («працювали над документами: …» goes on to list them)
                    right_end = k
                    break
            if right_end < n and s.surfaces[right_end] == ":" and not issues_in(cue.end, right_end):
                # «пропонують інший варіант: українські війська вийдуть …»: what follows the colon is the object
                later = [b for b in bounds if b > right_end + 1]
                right_end = min(later + [k for k in range(right_end + 1, n) if s.surfaces[k] == ";"] + [n])
            left_start = cue.start if info.kind == "noun" else c_start
            holder_tokens = set(range(holder_m.start, holder_m.end)) if holder_m is not None else set()
            # (and inside a cue whose words are apart: «Права віддавати землю Україна не має»)
            inner = [f for f in issues_in(cue.start + 1, cue.end, inside=rel) if not kept[f[0]][0].tokens & set(cue.tokens)]
            found = [f for f in issues_in(cue.end, right_end, inside=rel) + inner + issues_in(left_start, cue.start, inside=rel)
                     if not kept[f[0]][0].tokens & holder_tokens or (  # («Європейські країни готові розмістити свої
                         # війська»: the holder's adjective read into an issue that goes on after the cue)
                         max(kept[f[0]][0].tokens) >= cue.end and not any(t >= cue.end for t in holder_tokens)
                         and holder_m is not None and holder_m.kind == "reference" and cue.start not in kept[f[0]][0].tokens)]
            if any(s.lemmas[t].startswith(("провокац", "provocation")) for t in cue.tokens):
                # «назвав провокацією заяву Каллас про активи»: a statement about a measure is what is judged, not it
                # (nor is a strike on it: «назвала провокацією удар по ЗАЕС»)
                found = [f for f in found if not any(s.lemmas[k] in _NO_MEASURE for k in range(
                    max(0, kept[f[0]][0].start - 4), kept[f[0]][0].start))]
            if info.kind == "noun" and not found and cue.start >= 3 and s.upos[cue.start - 1] == "DET" and s.surfaces[cue.start - 2] == ",":
                # "a temporary ceasefire, a proposal Kyiv and the Europeans have tied to a referendum": a proposal in
                # apposition names the measure before the comma
                found = [f for f in issues_in(0, cue.start) if kept[f[0]][0].end == cue.start - 2]
            # («відмовився обговорювати територіальні поступки», "refused to discuss territorial concessions":
            # refusing even to discuss a measure rejects it; refusing to comment says nothing)
            refused_talk = {nm.start for nm in neutral if cue.end <= nm.start <= cue.end + 1 and info.polarity == "oppose"
                            and s.lemmas[nm.start] in _DISCUSS}
            # («хоче отримати станцію під контроль», "wants to get sanctions relief": wanting to receive a measure is
            # wanting it)
            received = {nm.start for nm in neutral if cue.end <= nm.start <= cue.end + 1 and info.polarity == "support"
                        and s.lemmas[nm.start] in _RECEIVE}
            if any(cue.end <= nm.start <= cue.end + 1 and nm.start not in refused_talk | received for nm in neutral):
                continue  # «відмовився коментувати»: an attitude to commenting, not to the issue
            if refused_talk:
                # (only the measure right after the verb is refused: not "what sanctions relief Russia might get",
                # "Trump's remarks about elections", «будь-що, окрім виходу ЗСУ», «перемир'я до виходу ЗСУ»)
                talk_end = max(nm.end for nm in neutral if nm.start in refused_talk)
                found = [f for f in found if kept[f[0]][0].start >= talk_end and all(
                    s.upos[k] in ("DET", "ADJ") for k in range(talk_end, kept[f[0]][0].start))]
            if any(cue.start - 2 <= nm.end - 1 < cue.start and {"whether", "чи", "ли"} & set(s.surfaces[nm.start:nm.end])
                   for nm in neutral):
                continue  # "to decide whether to approve", «вирішити, чи схвалити»: the attitude is only weighed
            if any(s.lemmas[t] in _POINT_WORDS for t in cue.tokens):
                # «немає сенсу в перемир'ї», "no point in a truce": what has no point follows, as the object of
                # the phrase («відмова від перемир'я не має сенсу» finds no point in the refusal; "no reason for
                # optimism about a truce", «немає підстав довіряти …», "no reason for delaying" are about another
                # noun or verb)
                def modifies(k, start):  # a determiner, preposition or modifier of the issue phrase itself
                    return s.upos[k] in ("ADP", "DET", "ADJ", "PRON") or (
                        s.upos[k] == "NOUN" and not any(s.upos[j] == "ADP" for j in range(k + 1, start)))
                found = [f for f in found if kept[f[0]][0].start >= cue.end and all(
                    modifies(k, kept[f[0]][0].start) for k in range(cue.end, kept[f[0]][0].start))]
            # «Обговорювати документ … планують», "plan to discuss the draft": an issue that is the object of a
            # neutral verb is only discussed, whatever attitude word governs that verb
            found = [f for f in found if not any(kept[f[0]][0].start - 2 <= nm.end - 1 < kept[f[0]][0].start
                                                 and nm.start not in refused_talk | received for nm in neutral)]
            # «не погодиться на війська НАТО, а щодо Криму компромісів не буде»: an issue whose own clause denies
            # it («не буде», "there will be no") is that clause's, not an attitude word's before the comma
            # (when a speaker's frame holds it; without one the attitude word is all there is)
            found = [f for f in found if not (f[0] in denied and kept[f[0]][0].start > cue.end and any(
                s.surfaces[k] in (",", ";", "—", "–") for k in range(cue.end, kept[f[0]][0].start)) and any(
                fr.speaker is not None and fr.start <= kept[f[0]][0].start < fr.end for fr in frames))]
            if info.kind == "noun" and any(cue.start - 4 <= nm.end - 1 < cue.start for nm in neutral):
                continue  # «не прочитав американської пропозиції», "discussed the demands": no position taken
            if not found and info.kind == "noun" and info.polarity == "oppose" and _causal_before(s, cue.start):
                # «рішення про активи відклали через заперечення Бельгії», "shelved a loan backed by those funds
                # over objections from Belgium": the objection is to what the sentence named before it, or,
                # when it names nothing («это решение», "the plan stalled"), to the last sentence's issue
                # («заперечення Угорщини щодо вступу України до ЄС», "objections to …": it names what it is about)
                own_object = any(s.lemmas[k] in _ABOUT for k in range(cue.end, min(n, cue.end + 3)))
                found = issues_in(0, cue.start)[-1:] or (
                    [(None, key, sign) for key, sign in self.state.last_issues[-1:]]
                    if self.state.topic_age == 0 and not own_object else [])
            if not found and info.kind != "noun":
                # «запропонував формат, де за одним столом сиділи б …», "offered a model under which …": a
                # relative clause on an object noun that names an arrangement and nothing else says what it is
                obj_rel = next(((a, b) for a, b in relatives if cue.end + 1 <= a - 1 <= cue.end + 2
                                and s.surfaces[a - 1] == "," and s.lemmas[a - 2] in _ARRANGEMENTS), None)
                # «домовилися створити франко-британську робочу групу (на чолі з Францією), яка опрацює гарантії
                # безпеки», "agreed to set up a working group, which will …": a body set up for a task is set up
                # for the issue its relative clause names (the body a few words on, past an infinitive and its
                # modifiers, the clause past a short phrase with no verb of its own)
                # (only a body that is created, «створити … групу», right after the verb and its modifiers; and only
                # a task of working something out, «опрацює», «займется», "draft": a group that «оскаржуватиме»,
                # «протидіятиме» or "concluded" something is set up against it or for another purpose)
                create = next((k for k in range(cue.start, min(n, cue.end + 2)) if s.lemmas[k] in _CREATE), None)
                body = next((k for k in range(create + 1, min(n, create + 5)) if s.lemmas[k] in _BODIES), None) \
                    if create is not None else None
                if body is not None and (any(s.upos[k] not in ("ADJ", "DET", "NUM", "NOUN") and s.surfaces[k] not in (
                        "-", "–", "up", "working") for k in range(create + 1, body)) or (body + 1 < n and s.upos[body + 1] == "NOUN")):
                    body = None  # ("set up a meeting with the group", «створила умови для роботи групи», "a group chat")
                task_rel = None
                if obj_rel is None and body is not None and not self._has_finite_verb(s, cue.end, body):
                    task_rel = next(((a, b) for a, b in relatives if body + 1 <= a - 1 <= body + 8
                                     and s.surfaces[a - 1] == "," and not self._has_finite_verb(s, body + 1, a - 1)
                                     and "," not in s.surfaces[body + 1:a - 1]), None)
                if obj_rel is not None:
                    found = issues_in(obj_rel[0], obj_rel[1], inside=obj_rel)
                elif task_rel is not None:
                    task = next((k for k in range(*task_rel) if s.lemmas[k] in _TASK_VERBS), None)
                    if task is not None and not any(task_rel[0] <= c.start < task_rel[1] and c is not cue
                                                    and s.lemmas[c.start] not in _TASK_VERBS for c in cues):
                        # the task's object, not the case it is for («… на випадок мирної угоди») or a time
                        # before the verb («яка після припинення вогню опрацює гарантії»)
                        found = [f for f in issues_in(task_rel[0], task_rel[1], inside=task_rel)
                                 if kept[f[0]][0].start > task][:1]
            if not found:
                # an anaphor in the cue's clause, up to a few words after it ("ready to work on it")
                subject_rel = rel is not None and _relative_is_subject(s, rel[0], cue.start)
                anaphoric = any(c_start <= a.start < min(cue.end + 5, right_end) and not _relative_is_subject(
                    s, a.start, cue.start) for a in anaphors) or (rel is not None and not subject_rel)
                if c_start >= 2 and s.lemmas[c_start - 1] in ("that", "який", "которые", "который") and not \
                        _relative_is_subject(s, c_start - 1, cue.start) and (
                        s.upos[c_start - 2] in ("NOUN", "PROPN") or (c_start >= 3 and s.upos[c_start - 3] in ("DET", "ADJ"))):
                    anaphoric = True  # "a pause that Kyiv has floated": the noun before «that» is the object
                # (also a neuter one the verb's plural shows to be its object, past a seat: «Предложение в Кремле отклонили»)
                if self.language in ("uk", "ru") and s.lemmas[c_start] in _POSITION_NOUNS and s.upos[c_start] == "NOUN" \
                        and (s.feats[c_start].get("Case") == "Acc" or (
                            s.feats[c_start].get("Number") != "Plur" and s.feats[cue.start].get("Number") == "Plur"
                            and s.feats[cue.start].get("VerbForm") == "Fin")) \
                        and (1 <= cue.start - c_start <= 2 or (cue.start - c_start <= 4 and s.surfaces[c_start + 1] in ("в", "у", "во")
                                                              and all(s.upos[k] in ("PROPN", "NOUN") for k in range(c_start + 2, cue.start)))) \
                        and not issues_in(c_start, cue.start):
                    anaphoric = True  # «Ініціативу підтримали Франція та Німеччина»: a bare position noun put first is the last one
                if self.language == "en" and cue.start - c_start in (3, 4) and s.lemmas[c_start] in ("the", "this", "that", "such") \
                        and s.lemmas[c_start + 1] in _POSITION_NOUNS and s.upos[c_start + 1] == "NOUN" \
                        and all(s.surfaces[k] in ("was", "were", "is", "are", "has", "have", "had", "been", "be", "will")
                                for k in range(c_start + 2, cue.start)) \
                        and cue.end < n and s.surfaces[cue.end] == "by":
                    anaphoric = True  # "The initiative was backed by Germany and Britain": the same, in the passive
                # («вимагала, щоб усі країни розділили ризики»: the object is the clause after the comma)
                clause_object = right_end + 1 < n and s.surfaces[right_end] == "," and any(
                    cm.start == right_end + 1 for cm in self._list(s, "complementizers"))
                # (words after a colon that name no issue explain, they are no object: «Бельгія досі не дає згоди:
                # наприкінці жовтня рішення відклали»)
                object_end = next((k for k in range(cue.end, right_end) if s.surfaces[k] == ":"), right_end)
                after = holder_m.end if holder_m is not None and holder_m.start == cue.end else cue.end
                if info.kind == "noun" and polarity == "oppose" and holder_m is not None and after < n and s.upos[after] in ("VERB", "AUX") and (
                        after > cue.end or all(s.upos[k] in ("PART", "ADJ", "DET") for k in range(holder_m.end, cue.start))):
                    # "Belgium's objections forced a delay", «заперечення Бельгії змусили відкласти рішення»: the
                    # holder's noun is the subject of the verb after it, which is no object of the noun (only an
                    # objection: "the U.S. proposal could underpin a settlement" is no proposal of the last issue)
                    object_end = after
                # ('"legally impossible" to sign a deal', «неможливо підписати угоду»: a verb is the object)
                nxt = next((k for k in range(cue.end, min(n, cue.end + 2)) if s.upos[k] != "PUNCT"), None)
                verb_object = nxt is not None and (s.feats[nxt].get("VerbForm") == "Inf" or (
                    s.surfaces[nxt] == "to" and nxt + 1 < n and s.upos[nxt + 1] in ("VERB", "AUX")))
                elided = not clause_object and not verb_object and not any(
                    s.upos[k] in ("NOUN", "PROPN", "PRON") and k not in cond_tokens and k not in holder_tokens
                    for k in range(cue.end, object_end)) and not any(
                    s.upos[k] == "NOUN" or (s.upos[k] == "PROPN" and k not in holder_tokens and not any(
                        m.start <= k < m.end and (m.eligible or (m.actor is not None and m.actor.label == "PERS") or (
                            m.in_pp and (s.feats[k].get("Case") == "Loc" or (
                            self.language == "en" and m.start > 0 and s.lemmas[m.start - 1] in ("in", "at")))))
                        for m in mentions))
                    for k in range(left_start, cue.start) if not any(a <= k < b <= cue.start for a, b in relatives))
                # («возвращаться в «большую восьмерку» Москва не собирается»; a place where, «Зеленський у Берліні
                # відмовився», is no object; nor is a relative clause on the holder, «Бельгія, де зберігається
                # більшість цих коштів, досі не погоджується»)
                # the previous sentence's topic carries over, or an older one when the same actor goes on
                topical = self.state.topic_age == 0 or holder.name in self.state.topic_actors
                inherited = [(None, key, sign) for key, sign in self.state.last_issues[-1:]] if topical else []
                if amended:
                    # «назвав неприйнятними поправки, які європейці пропонують до американського плану»: what is
                    # rejected is the changes the sentence names, not what the sentence before was about
                    inherited = []
                if any(s.lemmas[k] in _OTHER for k in range(max(0, cue.start - 2), cue.end)):
                    inherited = []  # «Від інших вимог москва теж не відмовилася»: other demands than the last one
                if anaphoric:
                    earlier = issues_in(0, cue.start if rel is None else rel[0], skip_conditions=False)
                    found = [earlier[-1]] if earlier else inherited
                    if not earlier and topical and any(c_start <= a.start < min(cue.end + 5, right_end) and a.end < n
                                                       and s.lemmas[a.end] in _THIS_POSITION for a in anaphors):
                        # «Таку позицію підтримують Франція та Британія», "support this position": the whole
                        # position of the sentence before, every issue it named
                        found = [(None, key, sign) for key, sign in self.state.last_issues]
                elif elided or (any(" ".join(seq[k:k + 3]).startswith(_CONTRASTIVE) for seq in (s.lemmas, s.surfaces)
                                    for k in range(c_start, cue.start))
                                and not any(s.lemmas[k] in _OTHER for k in range(cue.end, right_end))):
                    found = inherited  # «Київ натомість пропонує …», "Kyiv in turn proposes …": the same issue
                    # («рішення про позику під заморожені активи відклали — проти виступила Бельгія»: a clause
                    # after a dash with nothing of its own answers what the clause before the dash named)
                    # (only when that clause takes no side itself: after «Бельгія заблокувала …» the one who
                    # "agreed" agreed with the blocking; and not an issue merely discussed)
                    # (a relative clause that describes the issue, «ідею, яку підтримали лідери, —», or a position noun
                    # takes no side)
                    if elided and c_start > 1 and s.surfaces[c_start - 1] in _DASHES and not any(
                            c.start < c_start - 1 and c.pattern.payload.kind != "noun"
                            and not any(a <= c.start < b for a, b in relatives) for c in cues) \
                            and not any(nm.start < c_start - 1 for nm in neutral):
                        found = issues_in(0, c_start - 1)[-1:] or found
            if not found and not negated and " ".join(s.lemmas[cue.start:cue.end]) in _TIME_CUES \
                    and "peace_plan_overall" in self._named and holder is not None \
                    and (answerer.side != holder.side if (answerer := next((
                        m.actor for m in mentions if cue.end <= m.start < min(n, cue.end + 6) and m.actor is not None
                        and m.actor.side), None)) is not None else not any(
                        c_start <= m.start < cue.start and m.eligible and m.actor is not None
                        and m.actor.side == holder.side and not (frame is not None and frame.speaker is not None
                                                                 and m.actor.name == frame.speaker.name)
                        for m in mentions)) \
                    and any(s.lemmas[k] in _ANSWER for k in range(cue.end, min(n, cue.end + 5))):
                # «назвав День подяки слушним часом для відповіді Києва», "an appropriate time for Kyiv to respond":
                # a deadline for another side's answer presses the proposal it is to answer, the plan on the table
                # (not one's own answer, «Москва выберет подходящее время для ответа» with no answerer named but
                # the holder's side choosing the time, nor "not the right time")
                found = [(None, "peace_plan_overall", 1)]
            if all(idx is None for idx, _k, _s in found) and not negated and "peace_plan_overall" in self._named and holder is not None \
                    and any(s.lemmas[k] in _DEADLINE_WORDS for k in range(cue.start, cue.end)) \
                    and any(s.lemmas[k] in _ANSWER for k in range(cue.start, cue.end)) and any(
                        cue.start <= m.start < cue.end and m.actor is not None and m.actor.side and m.actor.side != holder.side
                        for m in mentions):
                # «Строк, який Трамп відвів Києву на відповідь», «дав Києву час на відповідь»: a deadline set for another
                # side's answer presses the plan it is to answer, as a time named for it does (not the topic before)
                found = [(None, "peace_plan_overall", 1)]
            if cue.pattern.source.startswith(_PARTAKE):
                # ("will not take part in the scheme", «участвовать в схеме»: only a measure named after it, not the
                # one before that "the scheme" may stand for)
                found = [f for f in found if f[0] is not None and kept[f[0]][0].start >= cue.end
                         and kept[f[0]][0].pattern.payload[2:] != ("anaphoric",)]
            if not found:
                continue
            condition = condition_for(cue.start)
            if condition == "inside":
                continue
            if not condition and any(s.lemmas[t] in _VIEW_CHANGES for t in cue.tokens):
                continue  # "Russia would view the plan differently" says how, with no condition, nothing of a position
            if s.lemmas[cue.start] in _WILLING and condition and all(idx is None for idx, _k, _s in found) \
                    and _starts_war(condition):
                continue  # «якщо Європа почне війну, Росія готова», "ready if Europe starts a war": ready to fight
            for idx, key, sign in found:
                if idx is not None:
                    claimed.add(idx)
                pol = polarity
                owner = holder
                if lex.issues[key].threat and frame is not None and frame.speaker is not None:
                    owner = frame.speaker  # a threat is the stance of whoever makes it
                elif self.own_side_speaker and frame is not None and frame.speaker is not None and not frame.named_after and \
                        frame.speaker.label == "PERS" and holder.label != "PERS" and holder.side == frame.speaker.side:
                    # (a sentence that names its own subject before «Про це розповів Зеленський» keeps it)
                    owner = frame.speaker  # «Пєсков нагадав, що Москва виступає проти»: Peskov voices his side
                elif frame is not None and frame.speaker is not None and frame.speaker.side and \
                        holder.side != frame.speaker.side and any(
                            cue.start - 8 <= mm.end <= cue.start and s.surfaces[mm.start] != "would" and not any(
                                s.upos[k] in ("VERB", "AUX") for k in range(mm.end, cue.start)) for mm in modals):
                    # (an adverbial phrase may stand between: «Київ має «без подальших зволікань» ухвалити …»)
                    # «Путін заявив, що Київ має погодитися на …», "Putin said Kyiv must accept …": what another
                    # side must do is the speaker's demand
                    owner = frame.speaker
                elif frame is not None and frame.speaker is not None and frame.speaker.side and \
                        frozenset((holder.side, frame.speaker.side)) in _ADVERSARIES and any(
                            s.lemmas[t] in ("право", "right") for t in cue.tokens):
                    owner = frame.speaker  # «Захарова заявила, що ЄС не має права …»: a right denied an adversary
                if frame is not None and frame.speaker is not None and owner.side != frame.speaker.side \
                        and self._convinced(s, frame):
                    continue  # «Мерц убежден, что Путин не согласится …»: a forecast of another side, no one's stance
                if (negated or any(s.lemmas[t] in _CUE_NEGATIONS for t in cue.tokens)) and idx in concord:
                    sign = -sign  # «не піде на жодні компроміси»: one negation, not two (also a cue with its own
                    # «не»: «не погодиться ні на скорочення армії»)
                conceder = owner.side
                if abs(sign) == COMPROMISE and idx is not None and info.kind == "verb" and polarity == "support" \
                        and s.lemmas[cue.start] in _DEMAND_VERBS:
                    # «Кремль вимагає територіальних поступок від Києва», "demands concessions from Kyiv": whose
                    # concessions a demand names after «від»/"from" is who would make them
                    # (after the concessions, «поступок від Києва», or between the verb and them, «вимагає від
                    # України поступок»)
                    end = kept[idx][0].end
                    from_m = next((m for m in mentions if m.actor is not None and m.actor.side and m.start > 0
                                   and s.lemmas[m.start - 1] in ("від", "от", "from")
                                   and (end < m.start <= end + 2 or cue.end < m.start < kept[idx][0].start)), None)
                    if from_m is not None:
                        conceder = (self.index.get(from_m.actor.holder) or from_m.actor).side
                sign = resolve_sign(sign, lex.issues[key], conceder)
                if sign < 0:
                    pol = "oppose" if pol == "support" else "support"
                if condition and not _timing_only(condition, lex.issues[key]) and (
                        pol == "support" or (pol == "oppose" and condition in self._until_conditions)):
                    pol = "conditional"  # "there will be no ceasefire until Kyiv withdraws": only once it does
                speaker = frame.speaker.name if frame and frame.speaker and frame.speaker.name != owner.name else None
                results.append(self._stance(s, owner, key, pol, condition if pol == "conditional" else None,
                                            frame.source if frame and frame.source else source, speaker,
                                            " ".join(w.text for w in s.words[cue.start:cue.end]), method))
                plan_content = plan_content or by_plan
                if pol == "conditional" and (condition in self._until_conditions or key == "ceasefire"):
                    # «не погодиться на перемир'я, доки Україна не виведе війська», "ready for a ceasefire if
                    # Ukrainian troops leave": what a stop to the fighting waits on is the holder's demand (not
                    # when the condition negates or has an attitude word of its own: "if Russia drops its demand
                    # for a withdrawal", «якщо росія не вимагатиме виходу», "even if Russia demands …")
                    for ca, cb, ctext in conditions:
                        if ctext != condition or ctext in self._before_deal:
                            continue  # («до укладення мирної угоди»: when, no deal demanded)
                        # ("if Ukraine agrees to withdraw" still wants the withdrawal: a verb of support is no bar)
                        if condition not in self._until_conditions and (
                                any(ca <= ng.start < cb for ng in negations)
                                or any(ca <= c.start < cb and (c.pattern.payload.polarity != "support" or noun_like(c))
                                       for c in cues)
                                or (ca > 0 and s.lemmas[ca - 1] in ("even", "навіть", "даже"))):
                            continue
                        for cidx, ckey, csign in issues_in(ca, cb, skip_conditions=False):
                            if cidx in claimed or ckey == key or lex.issues[ckey].threat:
                                continue
                            cstart = kept[cidx][0].start
                            if condition in self._until_conditions and self.language != "en" and any(
                                    s.lemmas[k] == "не" for k in range(max(ca, cstart - 2), cstart)):
                                csign = -csign  # (the clause's own «не» is part of "until", no refusal)
                            if resolve_sign(csign, lex.issues[ckey], owner.side) > 0:
                                claimed.add(cidx)
                                results.append(self._stance(s, owner, ckey, "support", None,
                                                            frame.source if frame and frame.source else source, speaker,
                                                            " ".join(w.text for w in s.words[ca:ca + 1]), method))
                if pol == "conditional" and lex.issues[key].threat:
                    # «Забрати Донбас силою, якщо українське військо звідти не вийде, очільник кремля пообіцяв»:
                    # what a threat waits on not happening is what its maker demands (as for a speaker's warning)
                    for ca, cb, ctext in conditions:
                        if ctext != condition:
                            continue
                        unless = markers.get(ca) in _MUST_HAPPEN
                        for cidx, ckey, csign in issues_in(ca, cb, skip_conditions=False):
                            if cidx in claimed or ckey in (key, "peace_plan_overall") or lex.issues[ckey].threat:
                                continue
                            if resolve_sign(csign if unless else -csign, lex.issues[ckey], owner.side) > 0:
                                claimed.add(cidx)
                                results.append(self._stance(s, owner, ckey, "support", None,
                                                            frame.source if frame and frame.source else source, speaker,
                                                            " ".join(w.text for w in s.words[ca:ca + 1]), method))
        # «документ, напрацьований українськими та американськими переговорниками», "the draft worked out
        # by U.S. and Ukrainian negotiators": the authors of a peace plan stand behind it
        for m in mentions:
            if m.kind != "plan":
                continue
            authors, part = self._plan_authors(s, m, mentions)
            if not authors:
                continue
            self.state.plan_authors, self.state.plan_proposer = authors, None
            if (s.lemmas[part].startswith(_AGREED) or s.surfaces[part].startswith(_AGREED)) and \
                    s.feats[part].get("Case") in ("Gen", "Dat", "Loc"):
                continue  # («параметри плану, погодженого …, передали Москві»: a plan named in passing)
            for idx, key, sign in issues_in(m.start, m.end):
                if idx in claimed or key != "peace_plan_overall" or rel_of(m.start) is not None:
                    continue
                claimed.add(idx)
                results.append(self._stance(s, self._parties_actor(authors), key, "support", None, source, None,
                                            s.words[part].text, "surface"))
        # «делегації США та України у спільній заяві оголосили про «оновлену й уточнену» рамку», "the two
        # delegations said they had an "updated and refined" framework": sides that announce together a plan
        # they call reworked announce their own joint work, and stand behind it (one speaker reporting a
        # reworked plan may be reporting another's; an attitude word or «не» in the words decides instead)
        for fr in frames:
            sp_ = fr.speaker
            if sp_ is None or len({a.side for a in self._party_members.get(sp_.name, ())}) < 2 or any(
                    fr.start <= c.start < fr.end for c in cues) or any(
                    (fr.verb[0] if fr.verb else fr.start) - 2 <= ng.start < fr.end for ng in self._list(s, "negation")):
                continue
            inside = next(((a, b) for a, b in descriptive if a <= fr.start < b), None)  # («заявление, в котором …»)
            for idx, key, sign in issues_in(fr.start, fr.end, inside=inside):
                im = kept[idx][0]
                first = im.start  # the adjectives before the plan's words («про «оновлену й уточнену» рамку»)
                while first > fr.start and (s.upos[first - 1] in ("ADJ", "CCONJ") or s.surfaces[first - 1] in _QUOTES):
                    first -= 1
                if idx in claimed or key != "peace_plan_overall" or sign < 0 or not any(
                        s.lemmas[t].startswith(_REWORKED) or s.surfaces[t].startswith(_REWORKED)
                        for t in set(im.tokens) | set(range(first, im.start))):
                    continue
                # what they announce is the plan itself, or that they made it («про оновлену рамку», «о выработке
                # … рамочной основы», "that they had produced an updated framework"); not what was done to or
                # said of it («що Кремль отримав оновлений план», «що оновлений план потребує доопрацювання»)
                if first - fr.start > 6 or any(not (
                        s.upos[t] in ("ADP", "SCONJ", "PRON", "AUX", "DET", "PART") or s.surfaces[t] in _QUOTES
                        or s.lemmas[t] in _AUTHORING_VERBS | _MAKING) for t in range(fr.start, first)):
                    continue
                claimed.add(idx)
                results.append(self._stance(s, sp_, key, "support", None, fr.source or source, None,
                                            s.words[fr.verb[0]].text if fr.verb else None, "surface"))
        # «згідно з планом, …», "under the U.S. proposal …": the clause is the plan's content, a
        # position of its proposer
        for pf in plan_frames:
            if pf.start in cond_tokens or rel_of(pf.start) is not None:
                continue
            # the plan right after the frame, or a few words on ("according to published versions of the text")
            plan_m = next((m for m in mentions if m.kind == "plan" and pf.start <= m.start <= pf.end + 4 and not any(
                (s.upos[k] in ("VERB", "AUX") and not (k + 1 < n and s.upos[k + 1] == "NOUN")) or s.surfaces[k] == ","
                for k in range(pf.end, m.start))), None)  # ("published versions": a participle, not a verb)
            if plan_m is None:
                continue
            proposer = self._plan_actor(s, plan_m, mentions)
            if proposer is None:
                continue
            for idx, key, sign in issues_in(0, n):
                im = kept[idx][0]
                if idx in claimed or im.tokens & set(range(plan_m.start, plan_m.end)):
                    continue
                if key == "peace_plan_overall":
                    continue  # ("under the 20-point draft … above the ceiling in the original 28-point plan": a plan
                    # the content compares itself with is no content)
                if any((im.end <= nm.start <= im.end + 6 or nm.start < im.start <= nm.end + 2)
                       and s.lemmas[nm.start] not in _RECEIVE for nm in neutral):
                    continue  # («… а можливе відведення військ має опрацювати робоча група»: left to be worked out)
                claimed.add(idx)
                results.append(self._stance(s, proposer, key, "support" if resolve_sign(sign, lex.issues[key], proposer.side) > 0 else "oppose", None, source, None,
                                            " ".join(w.text for w in s.words[pf.start:plan_m.end]), "surface"))
                plan_content = True
        # "an army of 800,000 rather than the 600,000 in the American text", «600 тисяч з американського тексту»,
        # «600 тысяч, заложенных в план Вашингтона»: a figure set in a plan its owner names is that owner's
        # proposal on the issue the figure measures (only a plan whose owner the words name)
        for m in mentions:
            if m.kind != "plan" or m.start in cond_tokens:
                continue
            figure = next((k for k in range(m.start - 1, max(-1, m.start - 7), -1) if s.upos[k] == "NUM"), None)
            # (only a figure set against another: "rather than", «замість», «вместо», «против», "well above" —
            # "20 of the 28 points in the U.S. plan", "90% of it", a date or a count of amendments measures nothing)
            if figure is None or not any(s.lemmas[k] in _CONTRAST_FIGURE or s.surfaces[k] in _CONTRAST_FIGURE
                                         for k in range(max(0, figure - 3), figure)):
                continue
            owner = self._plan_owner(s, m, mentions)  # (asked only for a plan with a figure set against another)
            if owner is None or any(
                    s.surfaces[k] in (";", ":", "—", "–", ".") or (s.upos[k] in ("VERB", "AUX") and (
                        s.feats[k].get("VerbForm") == "Fin" if self.language != "en" else s.upos[k - 1] in ("AUX", "PRON")))
                    for k in range(figure + 1, m.start)):
                continue
            measured = [(idx, key, sign) for idx, key, sign in issues_in(0, figure + 1)
                        if min(kept[idx][0].tokens) < figure and not kept[idx][0].tokens & set(range(m.start, m.end))
                        and figure - max(kept[idx][0].tokens) <= 12 and not any(
                            s.surfaces[k] in (";", ":", ".") for k in range(max(kept[idx][0].tokens), figure))]
            if not measured or any(st.actor == owner.name and st.issue == measured[-1][1] for st in results):
                continue
            idx, key, sign = measured[-1]
            if resolve_sign(sign, lex.issues[key], owner.side) > 0:
                results.append(self._stance(s, owner, key, "support", None, source, None,
                                            " ".join(w.text for w in s.words[figure:m.end]), "surface"))
        # a plan as the subject of a clause ("the plan would cap the army", «план обмежує армію»):
        # what the plan does to an issue, its proposer proposes
        for m in mentions:
            if m.kind != "plan" or m.in_pp or s.feats[m.start].get("Case") in _OBLIQUE | {"Acc", "Loc", "Dat"} \
                    or m.start in cond_tokens:
                continue
            if rel_of(m.start) is not None or frame_of(m.start) is not None and frame_of(m.start).speaker is not None:
                continue
            if any(pf.start <= m.start <= pf.end + 4 for pf in plan_frames):
                continue  # "Under the 20-point draft, …": the plan a frame names (its content is read above)
            after = m.end
            opens = not any(s.upos[k] in ("VERB", "AUX") for k in range(clause_start(m.start), m.start))
            if opens and after + 1 < n and s.surfaces[after] == "," and (s.feats[after + 1].get("VerbForm") == "Part" or any(
                    s.feats[k].get("VerbForm") == "Part" for k in range(after + 1, min(n, after + 4)))):
                # «Їхній контрпроєкт, по суті переписаний з американського, обмежує …», "The draft, circulated on
                # Friday, caps …": a participle phrase set off by commas sits between the plan and its verb
                close = next((k for k in range(after + 2, min(n, after + 14)) if s.surfaces[k] == ","), None)
                if close is not None:
                    after = close + 1
            verb = next((k for k in range(after, min(n, after + 4)) if s.upos[k] in ("VERB", "AUX")), None)
            lo = m.end  # (where the plan's own verb phrase starts)
            if verb is not None and self.language == "en" and verb == after and s.surfaces[verb].endswith("ed"):
                # ("A European counter-draft discussed around those talks would cap …": a participle phrase with no
                # commas; the plan's verb is the modal after it)
                modal = next((k for k in range(verb + 1, min(n, verb + 8)) if s.surfaces[k] in _MODALS_EN), None)
                if modal is not None and "," not in s.surfaces[verb:modal]:
                    verb = lo = modal
            if verb is not None and (s.feats[verb].get("VerbForm") == "Inf" or s.surfaces[verb - 1] == "to"):
                continue  # "a plan to use …": an infinitive names the plan, it does not report what it does
            if verb is None or any(lo <= nm.start <= verb + 1 for nm in neutral) or \
                    any(lo <= c.start <= verb + 1 for c in cues):
                continue  # a neutral verb, or an attitude word that already made the stance
            absent = any(s.lemmas[k] in _NEGATORS for k in range(m.end, min(n, verb + 2)))
            # («документ не містить визнання …», "the draft does not include …": an absence, no position; a clause
            # after "but" that says what it does include is the plan's again)
            proposer = self._plan_actor(s, m, mentions)
            if proposer is None:
                continue
            end = min([b for b in bounds if b > (m.end if after == m.end else verb)] + [n])
            but = next((k for k in range(verb, end) if s.lemmas[k] in ("but", "але", "а", "но", "проте", "однако")), None)
            for idx, key, sign in issues_in(m.end if after == m.end else verb, end):
                if idx in claimed or kept[idx][0].tokens & set(range(m.start, m.end)):
                    continue
                if absent and (but is None or kept[idx][0].start < but):
                    continue
                if key == "peace_plan_overall" and any(o.kind == "plan" and o.start > m.start and kept[idx][0].tokens & set(
                        range(o.start, o.end)) for o in mentions):
                    continue  # ("the counter-draft … well above the 600,000 written into the U.S. plan": another plan, compared)
                claimed.add(idx)
                results.append(self._stance(s, proposer, key, "support" if resolve_sign(sign, lex.issues[key], proposer.side) > 0 else "oppose", None, source, None,
                                            s.words[m.start].text, "surface"))
                plan_content = True
        # issues stated as the content of a threat or promise: the speaker's own stance
        for f in frames:
            if f.speaker is None:
                continue
            content_issues = [(idx, key, sign) for idx, key, sign in issues_in(f.start, f.end) if idx not in claimed]
            if not content_issues:
                continue
            for idx, key, sign in content_issues:
                im = kept[idx][0]
                if any(a <= im.start < b for a, b in denials):
                    continue  # («засумнівався, чи Україна готова відмовитися від НАТО»: doubted, held by no one)
                a, b = clause_start(im.start), clause_end(im.start)
                if any(a <= nm.start < b and (nm.start < im.start or not (any(
                        s.upos[k] == "VERB" and s.feats[k].get("VerbForm") not in ("Part", "Conv")
                        for k in range(im.start, nm.start) if k not in im.tokens) and "," in s.surfaces[im.end:nm.start]))
                       and not (
                        s.lemmas[nm.start] in _CONSIDER and any(nm.start - 3 <= mm.end <= nm.start for mm in modals))
                       and not (  # «Україна повинна отримати гарантії», "must receive guarantees": what a side must be
                        # given is demanded for it (a plan one must receive is only delivered)
                        s.lemmas[nm.start] in _RECEIVE and key != "peace_plan_overall"
                        and any(nm.start - 2 <= mm.end <= nm.start for mm in modals))
                       for nm in neutral):
                    # («могла б розглянути припинення вогню»: a hedged offer, not a mere discussion; "…, a day after
                    # leaders met to discuss other arrangements": a discussion after another verb is about something
                    # else)
                    continue
                condition = condition_for(im.start)
                if condition == "inside":
                    continue
                has_modal = any(a <= mm.start < b for mm in modals)
                # a commitment in the future tense («США захищатимуть Україну», "Washington will defend")
                # and the future of the past or a conditional mood ("said Washington would defend", «заявив, що
                # США захищали б Україну»)
                future = any(s.feats[k].get("Tense") == "Fut" or s.surfaces[k] in ("will", "shall") for k in range(a, b))
                would = future or any(s.surfaces[k] in ("would", "б", "бы") for k in range(a, b))
                # the subject of the reported clause holds it when it is another side («Мерц висловив
                # переконання, що США захищатимуть Україну»: the United States, reported by Merz)
                subj = next((m for m in mentions if a <= m.start < im.start and m.eligible and m.actor is not None
                             and m.actor.side and m.actor.name not in lex.media and m.kind != "plan"), None)
                # (only a commitment: in "Putin said Ukraine must withdraw" the demand is Putin's; "would" is
                # the future of the past here, not a demand)
                demand = any(a <= mm.start < b and s.surfaces[mm.start] != "would" for mm in modals)
                # (not when an adversary says what the other side will be or do: «Рябков заявив, що Україна не буде
                # в НАТО» tells what Russia insists on, not what Ukraine has committed to; a verb of the subject's
                # own before the issue, "the Kremlin will judge the plan by …", still reports the subject)
                # (nor what a side will become, «Україна не стане членом НАТО», "will not join NATO": an inverted
                # issue names membership, which is no commitment its subject makes alone; the speaker judges it)
                other_side = subj is not None and subj.actor.side != f.speaker.side and not lex.issues[key].threat \
                    and im.pattern.payload[1] > 0 \
                    and would and not demand and f.speaker.name not in self._party_members \
                    and not (frozenset((subj.actor.side, f.speaker.side)) in _ADVERSARIES
                             and not any(s.upos[k] == "VERB" for k in range(subj.end, im.start))) \
                    and not any(s.lemmas[k] in _COPULAS for k in im.tokens)  # (what it will be is a view of it: «Трамп
                # заявив, що Україна не буде в НАТО»)
                if self._convinced(s, f) and not has_modal and not condition:
                    continue  # "Dmitriev is convinced that sanctions will be eased": a forecast, not a demand
                if not (f.assertive or condition or has_modal or future or idx in asserted or lex.issues[key].threat
                        or other_side):
                    continue  # (a threat needs no modal: «цели СВО будут достигнуты» is one)
                if idx not in asserted and not lex.issues[key].threat and any(
                        kept[idx][0].end <= nm.start <= kept[idx][0].end + 10
                        and any(s.surfaces[k] in _LEFT_TO_TALKS for k in range(nm.start, nm.end)) for nm in neutral):
                    # "the question of recognising territory would be settled at the negotiating table", «питання
                    # визнання … вирішуватимуть під час переговорів»: left to the talks, no side taken
                    continue
                owner, reported_by = f.speaker, None
                if other_side or (f.named_after and subj is not None):
                    # («Київ не визнає Крим російським. Про це заявив Сибіга.»: the sentence's own subject keeps it)
                    owner, reported_by = self.index.get(subj.actor.holder) or subj.actor, f.speaker.name
                pol = "support" if resolve_sign(sign, lex.issues[key], owner.side) > 0 else "oppose"
                if condition and not _timing_only(condition, lex.issues[key]) and (
                        pol == "support" or (pol == "oppose" and condition in self._until_conditions)):
                    pol = "conditional"  # "there will be no ceasefire until Kyiv withdraws": only once it does
                claimed.add(idx)
                results.append(self._stance(s, owner, key, pol, condition if pol == "conditional" else None,
                                            f.source or source, reported_by,
                                            " ".join(w.text for w in s.words[f.verb[0]:f.verb[1]]) if f.verb else None,
                                            "surface"))
                # what a threat or promise to stop fighting is conditioned on is the speaker's demand; a
                # concession offered on a condition («відмовитися від НАТО в обмін на гарантії») carries
                # only the conditional stance (the seed's convention). A threat against rejecting the plan
                # («якщо Київ від плану відмовиться, …») presses Kyiv to take another side's document; it
                # does not make the plan the speaker's own proposal
                if condition and not _timing_only(condition, lex.issues[key]) and (
                        f.assertive or lex.issues[key].threat or key == "ceasefire"):
                    for ca, cb, ctext in conditions:
                        if ctext == condition and ctext not in self._before_deal:
                            for cidx, ckey, csign in issues_in(ca, cb, skip_conditions=False):
                                if cidx in claimed or ckey == key or (ckey == "peace_plan_overall" and any(
                                        ca <= c.start < cb and c.pattern.payload.polarity == "oppose" for c in cues)):
                                    continue
                                claimed.add(cidx)
                                results.append(self._stance(s, f.speaker, ckey, "support", None, f.source or source, None,
                                                            " ".join(w.text for w in s.words[ca:ca + 1]), "surface"))
        # "warned that unless Ukrainian troops pull out, …", «пригрозив, що якщо ЗСУ не вийдуть, …»: what a
        # warning is conditioned on not happening is what its speaker demands, whether or not the threatened
        # act is named as an issue. (A plan under threat of rejection is pressed on another side, not the
        # speaker's proposal, and a threat is its own issue.)
        for f in frames:
            if f.speaker is None or not f.assertive:
                continue
            for ca, cb, _ in conditions:
                # (only the speaker's own threat: in "Zelensky warned that Putin would agree to a ceasefire only once
                # …" the condition is Putin's, whose attitude the words state)
                if not (f.start <= ca < f.end) or any(f.start <= c.start < f.end and not ca <= c.start < cb for c in cues):
                    continue
                unless = markers.get(ca) in _MUST_HAPPEN
                for cidx, ckey, csign in issues_in(ca, cb, skip_conditions=False):
                    if cidx in claimed or ckey == "peace_plan_overall" or lex.issues[ckey].threat:
                        continue
                    eff = resolve_sign(csign if unless else -csign, lex.issues[ckey], f.speaker.side)
                    if eff <= 0:
                        continue
                    claimed.add(cidx)
                    results.append(self._stance(s, f.speaker, ckey, "support", None, f.source or source, None,
                                                " ".join(w.text for w in s.words[ca:ca + 1]), "surface"))
        # «мирну угоду винесуть на референдум лише після припинення вогню», "only after a ceasefire": what the
        # speaker puts first, before any outcome, is what the speaker demands, whatever the outcome is (an
        # attitude word inside the condition decides for itself; a plan or a threat set first is no demand)
        for f in frames:
            if f.speaker is None:
                continue
            for ca, cb, _ in conditions:
                if not (f.start <= ca < f.end) or markers.get(ca) not in _ONLY_AFTER or any(f.start <= c.start < f.end for c in cues):
                    continue  # (an attitude word in the words decides for itself: «Путін хоче … лише після …»)
                # (an outcome told in the past is a sequence of events, «переговори відновилися лише після …»; one
                # with its own subject is that subject's, «Росія готова говорити лише після …»)
                lo = max([f.start] + [k + 1 for k in range(f.start, ca) if s.surfaces[k] in (":", ";") or s.lemmas[k] in _THAT])
                if any(s.feats[k].get("Tense") == "Past" and s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") != "Part"
                       for k in range(lo, ca)) or any(
                        lo <= m.start < ca and m.eligible and m.actor is not None and m.actor.side for m in mentions):
                    continue
                for cidx, ckey, csign in issues_in(ca, cb, skip_conditions=False):
                    if cidx in claimed or ckey == "peace_plan_overall" or lex.issues[ckey].threat \
                            or resolve_sign(csign, lex.issues[ckey], f.speaker.side) <= 0:
                        continue
                    claimed.add(cidx)
                    results.append(self._stance(s, f.speaker, ckey, "support", None, f.source or source, None,
                                                " ".join(w.text for w in s.words[ca:ca + 1]), "surface"))
        # «якщо з плану витруть …, позиція Москви щодо нього зміниться», "if …, Moscow's view of the document
        # would change": a view that a condition would change is held now, on that condition. Its holder is
        # the speaker of the words, else whose view it is; its object is what the condition or the view names
        for p in range(n):
            change = next((k for k in range(p + 1, min(n, p + 8)) if s.lemmas[k] in _CHANGE_WORDS), None)
            # (a view that will not change, «не зміниться, навіть якщо …», "even if", is held whatever happens;
            # "Ukrainian positions along the front" are no view)
            plural = s.feats[p].get("Number") == "Plur" or (self.language == "en" and s.surfaces[p] != s.lemmas[p])
            if s.lemmas[p] not in _VIEW_NOUNS or plural or change is None or any(
                    a <= p < b for a, b, _ in conditions) or any(
                    s.lemmas[k] in ("не", "not", "no", "never", "ні", "ни") for k in range(p + 1, change)):
                continue
            near = [(abs((a if a > p else b) - p), a, b, text) for a, b, text in conditions
                    if not (a > 0 and s.lemmas[a - 1] in ("навіть", "даже", "even"))]
            if not near:
                continue
            _, ca, cb, ctext = min(near)
            owner = next((m for m in mentions if m.actor is not None and m.actor.side and (
                m.start == p + 1 or m.end == p or (m.end == p - 1 and s.surfaces[m.end] in ("'s", "’s")))), None)
            f = frame_of(p)
            holder = f.speaker if f is not None and f.speaker is not None else (
                self._resolve(owner, context_people) if owner is not None else None)
            if holder is None or holder.name in lex.media:
                continue
            for cidx, ckey, _ in issues_in(ca, cb, skip_conditions=False) + issues_in(p, clause_end(p)):
                if cidx in claimed or ckey == "peace_plan_overall" and any(
                        st.issue == ckey and st.side == holder.side for st in results):
                    continue
                claimed.add(cidx)
                results.append(self._stance(s, holder, ckey, "conditional", ctext, f.source if f and f.source else source,
                                            None, s.words[p].text, "surface"))
                break
        # «ставлення Москви до плану залежатиме від того, що …», «отношение к плану будет зависеть от того, …»,
        # "Russia will judge the plan by whether it stays true to …": a view that depends on something is held
        # now, on that condition (the words after «від того»/"whether" are the condition)
        for k in range(1, n - 2):
            depend = s.lemmas[k] in _DEPEND and s.lemmas[k + 1] in ("від", "от", "on", "upon")
            judge = s.lemmas[k] in ("judge", "assess") and any(
                s.surfaces[j] == "by" and s.surfaces[j + 1] in ("whether", "how") for j in range(k + 1, min(n - 1, k + 8)))
            if not (depend or judge) or any(s.lemmas[j] in _NEGATORS for j in range(max(0, k - 2), k)):
                continue
            if depend:
                # (a view, not «позиції ЗСУ», «на мій погляд», "the assessment of its chances"; and a condition that
                # is a clause, «від того, чи …», "on whether …", not «від Бельгії», "on Belgium")
                p = next((j for j in range(k - 1, max(-1, k - 10), -1) if s.lemmas[j] in _VIEW_NOUNS), None)
                if p is None or "Plur" in (s.feats[p].get("Number"), s.feats[k].get("Number")) \
                        or (self.language == "en" and s.surfaces[p] != s.lemmas[p]) \
                        or (p > 0 and s.lemmas[p - 1] in ("на", "по", "in", "my")) \
                        or any(s.lemmas[j] in _CHANCES for j in range(p, k)) \
                        or not (k + 2 < n and (s.lemmas[k + 2] in ("той", "тот", "то") or s.surfaces[k + 2] in ("whether", "how", "what"))):
                    continue
                owner = next((m for m in mentions if m.actor is not None and m.actor.side and (
                    m.start == p + 1 or m.end == p or (m.end == p - 1 and s.surfaces[m.end] in ("'s", "’s")))), None)
                obj = (p, k)
                start = k + 2 + (1 if k + 2 < n and s.lemmas[k + 2] in ("той", "тот", "то") else 0)
            else:
                p = k
                owner = next((m for m in reversed(mentions) if m.end <= k and m.eligible and m.actor is not None
                              and m.actor.side), None)
                by = next(j for j in range(k + 1, min(n - 1, k + 8)) if s.surfaces[j] == "by")
                obj, start = (k + 1, by), by + 2
                if not any(m.kind == "plan" and k < m.start < by for m in mentions):
                    continue  # ("judge Russia's commitment by whether …", "judge Putin by …": a plan is judged)
            while start < n and s.surfaces[start] in (",", "чи", "ли", "whether", "що", "что"):
                start += 1
            stop = next((j for j in range(start, n) if s.surfaces[j] in (";", ".", "—", "–")
                         or (s.surfaces[j] == "," and any(j < sp.start <= j + 7 for sp in speech))), n)
            f = frame_of(p)
            own = self._resolve(owner, context_people) if owner is not None else None
            # (whose view it is, when the speaker reports another side's: "Zelensky said the Kremlin will judge …")
            holder = f.speaker if f is not None and f.speaker is not None and (own is None or own.side == f.speaker.side) else own
            if holder is None or holder.name in lex.media or start >= stop:
                continue
            ctext = " ".join(w.text for w in s.words[start:stop])
            for cidx, ckey, _ in issues_in(*obj):  # (over a plain support the same words gave: see _dedupe)
                claimed.add(cidx)
                results.append(self._stance(s, holder, ckey, "conditional", ctext, f.source if f and f.source else source,
                                            None, s.words[k].text, "surface"))
                break
        # the plan's content goes on in the next sentence: «Проєкт передбачає, що … . Україна також має
        # отримати гарантії безпеки» — an issue with a modal or future verb, in a sentence with no
        # attitude word, no reported speech and no guess, is more of the plan (its proposer's position)
        # The same after a sentence whose subject is the plan itself ("Leaked versions ask a great deal of
        # Kyiv. Ukraine's army would be capped at 600,000"), when no person and no pronoun is named here: the
        # provisions follow their plan; a negation after the issue in its clause denies it ("NATO troops will
        # not be stationed"), and the plan is no provision of itself.
        by_subject = self.state.plan_age != 0 and self.state.plan_subject
        # (not "they" in a clause of place: "the lines … would be frozen where they are")
        persons_named = any((m.kind.startswith("pronoun") and not (m.start > 0 and s.lemmas[m.start - 1] in _WHERE))
                            or (m.actor is not None and m.actor.label == "PERS") for m in mentions)
        if not results and (self.state.plan_age == 0 or (by_subject and not persons_named)) and not hedged \
                and not any(f.speaker for f in frames):
            proposer = self._parties_actor(self.state.plan_authors) if self.state.plan_authors else \
                self.index.get(self.state.plan_proposer or self.lex.default_plan_proposer or "")
            for idx, key, sign in issues_in(0, n):
                a, b = clause_start(kept[idx][0].start), clause_end(kept[idx][0].start)

                def future_at(k: int) -> bool:
                    return s.feats[k].get("Tense") == "Fut" or s.surfaces[k] in ("will", "would")
                future = any(a <= mm.start < b for mm in modals) or any(future_at(k) for k in range(a, b)) or (
                    # ("Its army would be capped at 600,000, and its renunciation of NATO written into the constitution":
                    # a clause with no finite verb of its own shares the "would" of the clause before)
                    a > 0 and not any(s.feats[k].get("VerbForm") == "Fin" or s.surfaces[k] in _BE_FORMS for k in range(a, b))
                    and any(future_at(k) for k in range(0, a))) or (
                    # ("Russia, for its part, is promised a lifting of sanctions": what a party is promised or offered
                    # is the plan's offer)
                    any(s.lemmas[k] in _GIVE and s.surfaces[k].lower().endswith("ed") and s.surfaces[k - 1] in _BE_FORMS
                        for k in range(max(1, a), b)))
                if proposer is None or idx in claimed or not future or any(
                        a <= nm.start < b and s.lemmas[nm.start] not in _RECEIVE for nm in neutral):  # «має отримати гарантії»
                    continue
                if by_subject and key == "peace_plan_overall":
                    continue
                # (only a negation in the issue's own clause: not past «and» or another issue, and not «with
                # no NATO troops», which negates those troops only)
                other_starts = {im.start for im, _, _ in kept if im.start > kept[idx][0].end}
                if idx not in asserted and any(
                        kept[idx][0].end <= ng.start < b and ng.end < n and s.upos[ng.end] in ("VERB", "AUX")
                        and not any(s.surfaces[j] in _AND or j in other_starts for j in range(kept[idx][0].end, ng.start))
                        for ng in self._list(s, "negation")):
                    sign = -sign
                claimed.add(idx)
                results.append(self._stance(s, proposer, key, "support" if resolve_sign(sign, lex.issues[key], proposer.side) > 0 else "oppose",
                                            None, source, None, None, "surface"))
                plan_content = True
        self.state.plan_age = 0 if plan_content else self.state.plan_age + 1
        every_issue = issues_in(0, n)
        results = self._listed_documents(s, every_issue, kept, results, frames, mentions, cues, context_people,
                                         question or hedged, source)
        results = self._preconditions(s, every_issue, kept, results, frames, mentions, context_people, source)
        results = self._proposed_by(s, every_issue, kept, results, mentions, source)
        results = self._predicate_demands(s, every_issue, kept, results, mentions, source)
        # pressure by force is Russia's pursuit of its aims (the schema's proposition): a Ukrainian offensive, or
        # Kyiv saying Russia's will go on, is no such position
        results = [st for st in results if st.issue != "military_pressure" or st.side == "Russia"]
        # a measure that lets Ukraine rearm is a reason against it only for Russia's side ("security guarantees
        # would allow Ukraine to rearm and deter a new invasion, Macron said" welcomes them)
        results = [st for st in results if st.side == "Russia" or not (st.cue and any(
            stem in st.cue.lower() for stem in _REARM))]
        # «Вони підтримали армію в 800 тисяч. А ще — багатонаціональні сили …», "Also: a ceasefire monitored
        # by …": a verbless item added to a list goes on with the holder and attitude of the sentence before
        if not results and self._previous and any(om.start == 0 for om in self._list(s, "additive_openers")) \
                and not frames and not any(s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") == "Fin"
                                           and rel_of(k) is None for k in range(n)):
            holders = {(st.actor, st.polarity) for st in self._previous if st.polarity in ("support", "oppose")}
            if len({a for a, _ in holders}) == 1 and len(holders) == 1:
                actor_name, polarity = next(iter(holders))
                actor = self.index.get(actor_name)
                for idx, key, sign in issues_in(0, n):
                    if actor is None or idx in claimed or any(st.issue == key for st in self._previous):
                        continue
                    claimed.add(idx)
                    pol = polarity if resolve_sign(sign, lex.issues[key], actor.side) > 0 else \
                        ("oppose" if polarity == "support" else "support")
                    results.append(self._stance(s, actor, key, pol, None, source, None, None, "surface"))
        # "Kyiv wants any pull-back to be mutual and monitored", «відведення військ має бути взаємним»: a withdrawal
        # accepted only as a mutual one is conditional on that, the predicate being the condition
        mirror = next((k for k in range(1, n) if s.lemmas[k].startswith(_MATCHED_STEP) and (
            s.lemmas[k - 1] in ("be", "бути", "быть", "стати", "стать") or s.surfaces[k - 1] in _BE_FORMS
            or (k > 1 and s.lemmas[k - 2] in ("be", "бути", "быть") and s.upos[k - 1] in ("ADV", "PART")))), None)
        if mirror is not None:
            end = next((k for k in range(mirror, n) if s.surfaces[k] in (",", ";", ".", "—", "–", ":")), n)
            ctext = s.text[s.words[mirror].start_char - s.start_char:s.words[end - 1].end_char - s.start_char]
            results = [replace(st, polarity="conditional", condition=ctext)
                       if st.issue == "troop_withdrawal_donbas" and st.polarity == "support" and st.side == "Ukraine" else st
                       for st in results]
        # «Відмова Києва від плану, попередив путін, означатиме продовження наступу», "Kyiv's refusal would mean …":
        # what a refusal is said to bring is threatened on that refusal
        refusal, mean = _refusal_means(s) or (None, None)
        if refusal is not None:
            end = next((k for k in range(refusal + 1, mean) if s.surfaces[k] in (",", "—", "–")
                        or s.upos[k] in ("VERB", "AUX")), mean)
            first = refusal  # ("Kyiv's refusal": its owner before it)
            while first > 0 and (s.surfaces[first - 1] in ("'s", "’s") or s.upos[first - 1] in ("PROPN", "DET")) \
                    and self.language == "en":
                first -= 1
            ctext = s.text[s.words[first].start_char - s.start_char:s.words[end - 1].end_char - s.start_char]
            results = [replace(st, polarity="conditional", condition=ctext)
                       if lex.issues[st.issue].threat and st.polarity == "support" else st for st in results]
        # «Москва наполягає, щоб ЗСУ вийшли з Донбасу. Путін попередив: інакше рф забере регіон зброєю»: a threat
        # made "otherwise" presses what its side demanded in the sentence before (when the maker demanded it there
        # himself, that sentence has said so already)
        if self._previous:
            for st in list(results):
                if not (lex.issues[st.issue].threat and st.polarity == "conditional"
                        and (st.condition or "").strip().lower() in _BARE_CONDITIONS):
                    continue
                for prev in self._previous:
                    if prev.side == st.side and prev.actor != st.actor and prev.polarity == "support" \
                            and not lex.issues[prev.issue].threat \
                            and prev.issue != "peace_plan_overall" and not any(
                                r.actor == st.actor and r.issue == prev.issue for r in results):
                        holder = self.index.get(st.actor)
                        if holder is not None:
                            results.append(self._stance(s, holder, prev.issue, "support", None, source, st.speaker,
                                                        st.cue, "surface"))
        # a sentence that is only a condition («Але лише за умови, що …», "Only if …") qualifies the
        # stances of the sentence before it: they become conditional, here and there
        lead = conditions[0] if conditions else None
        opener = lead is not None and lead[2] == self.state.last_condition and lead[0] <= 1
        only_condition = lead is not None and lead[0] <= 3 and not any(
                s.upos[k] in ("VERB", "AUX", "NOUN", "PROPN", "PRON") for k in range(lead[0])) \
            and not any(s.upos[k] in ("VERB", "AUX") and k not in self._said(s) for k in range(lead[1], n)) \
            and any(s.lemmas[k] in _RESTRICTIVE for k in range(0, min(n, lead[0] + 2)))
        # ("Але лише в обмін на гарантії, пояснив він", "Only in exchange for guarantees, he added": who says it may follow)
        # («Із цим закликом господар Білого дому виступив учора»: a call pointed back at, put first with «з»)
        if not results and not kept and any(
                (s.lemmas[k] in ("такий", "цей", "такой", "этот", "this", "that", "same") and s.lemmas[k + 1] in _THIS_POSITION)
                or (s.lemmas[k] in _POINTERS and s.lemmas[k + 1] in _CALL_NOUNS and 0 < k <= 2
                    and s.lemmas[k - 1] in ("з", "із", "зі", "с", "со", "with"))
                for k in range(n - 1)):
            # «Таку позицію виклали у спільній заяві Зеленський та європейські лідери», "That position was set out
            # by …": the position of the sentence before, now held by the authors of this statement or its speaker
            issued = next((m for m in mentions if m.kind == "statement"), None)
            taker = self._parties_actor(self.state.authors) if issued is not None and self.state.authors \
                and self.state.authors_age < 0 else next((f.speaker for f in frames if f.speaker is not None), None)
            if taker is not None and self._previous:
                for st in self._previous:
                    if st.method == "follow-up":
                        continue
                    results.append(replace(st, actor=taker.name, side=taker.side, speaker=None, evidence=s.text,
                                           start_char=s.start_char, end_char=s.end_char, method="surface"))
            elif taker is not None and self.state.topic_age <= 1 and not self._prev_cued:
                # («Бойові дії — зупинити негайно. Таку позицію виклали …»: the sentence before stated the position
                # with no holder and no attitude word; its issues are theirs as stated)
                position = next(w.text for k, w in enumerate(s.words) if s.lemmas[k] in _THIS_POSITION | _CALL_NOUNS)
                for key, sign in self.state.last_issues:
                    pol = "support" if resolve_sign(sign, lex.issues[key], taker.side) > 0 else "oppose"
                    results.append(self._stance(s, taker, key, pol, None, source, None, position, "surface"))
        # «Серед них — вихід ЗСУ з … і позаблоковий статус України», "Those conditions require Ukraine to pull its troops
        # out …": right after a holder said on what terms he would act («готовий завершити війну на умовах, які озвучив
        # …»), a sentence that opens by pointing to those terms lists them, and each is his demand
        terms = [st for st in self._previous if st.polarity == "conditional" and st.method != "follow-up"] \
            if self._previous else []
        if terms and n > 2 and ((s.lemmas[0], s.lemmas[1]) in _AMONG_THEM or (
                s.lemmas[0] in _THESE and s.lemmas[1] in _TERMS_NOUNS)):
            holder = self.index.get(terms[0].actor)
            listed = [(idx, key, sign) for idx, key, sign in issues_in(0, n, skip_conditions=False)
                      if key != terms[0].issue and not lex.issues[key].threat]
            if holder is not None and listed:
                keys = {key for _, key, _ in listed}
                results = [r for r in results if r.issue not in keys]
                for _, key, sign in listed:
                    pol = "support" if resolve_sign(sign, lex.issues[key], holder.side) > 0 else "oppose"
                    if not any(r.issue == key and r.actor == holder.name for r in results):
                        results.append(self._stance(s, holder, key, pol, None, source, None, s.words[0].text, "surface"))
        # «Однак, за його словами, це відбудеться лише тоді, коли …», "That would only be possible if …", «это возможно
        # лишь при условии …»: a pronoun pointing back, with nothing named before the condition but who says it,
        # and «лише»/"only" — the sentence before holds only on that condition
        pointing = lead is not None and lead[0] <= 12 and any(
            s.lemmas[k] in _POINTING and (k + 1 >= n or s.upos[k + 1] not in ("NOUN", "PROPN", "ADJ")) for k in range(lead[0])) \
            and any(s.lemmas[k] in _ONLY for k in range(max(0, lead[0] - 4), lead[1])) \
            and not any(m.start < lead[0] and m.actor is not None and m.kind != "pronoun_person"
                        and not any(a.start <= m.start < a.end for a in self._list(s, "according_to")) for m in mentions) \
            and not any(im.start < lead[0] for im, _, _ in kept)
        if pointing and self._previous:
            for st in self._previous:
                if st.polarity != "support" or st.method == "follow-up":
                    continue
                results = [r for r in results if r.issue != st.issue]
                results.append(replace(st, polarity="conditional", condition=lead[2], evidence=s.text,
                                       start_char=s.start_char, end_char=s.end_char, method="follow-up"))
                if st.issue == "ceasefire":
                    # (what a stop to the fighting waits on is the holder's demand, as within one sentence)
                    holder = self.index.get(st.actor)
                    for idx, key, sign in issues_in(lead[0], lead[1], skip_conditions=False):
                        if holder is not None and key != st.issue and not lex.issues[key].threat \
                                and resolve_sign(sign, lex.issues[key], holder.side) > 0 \
                                and not any(r.issue == key and r.actor == holder.name for r in results):
                            results.append(self._stance(s, holder, key, "support", None, source, None,
                                                        s.words[lead[0]].text, "surface"))
        elif not results and self._previous and (only_condition or opener):
            # «У такому разі … Україна зможе провести вибори»: the same issue again, under the same condition
            named = {key for _, key, _ in kept}
            for st in self._previous:
                if st.polarity == "oppose" or (opener and st.issue not in named):
                    continue
                results.append(replace(st, polarity="conditional", condition=lead[2], evidence=s.text,
                                       start_char=s.start_char, end_char=s.end_char, method="follow-up"))
        # «…выразил готовность отказаться от стремления в альянс. Взамен он рассчитывает получить гарантии»,
        # "In return, he wants …": what a holder wants in return for what he offered in the sentence before is the
        # condition of that offer (marked here, applied to the sentence before by `run`)
        opener_words = 2 if n > 2 and (s.lemmas[0], s.lemmas[1]) in _IN_RETURN else 1 if s.lemmas[0] in _IN_RETURN_WORDS else 0
        if opener_words and self._previous and results:
            wanted = [r for r in results if r.polarity == "support"]
            for st in self._previous:
                if st.polarity == "support" and st.method != "follow-up" and any(
                        r.actor == st.actor and r.issue != st.issue for r in wanted):
                    cond = s.text[s.words[opener_words].start_char - s.start_char:].strip(" ,.")
                    results.append(replace(st, polarity="conditional", condition=cond, method="exchange"))
        # what a learned extractor needs to see of this sentence, taken before the state moves on
        if self.observer is not None:
            resolved = [(m, self._resolve(m, context_people)) for m in mentions]
            plan_holder = self._parties_actor(self.state.plan_authors) if self.state.plan_authors else \
                self.index.get(self.state.plan_proposer or self.lex.default_plan_proposer or "")
            view = SentenceView(sentence=s, issues=list(kept), mentions=resolved, frames=list(frames),
                                conditions=list(conditions), cues=list(cues), hedged=hedged, question=question,
                                plan_holder=plan_holder, previous=list(self._previous),
                                possessors=[(pm.start, self.index.get(pm.pattern.payload)) for pm in self._possessors(s)],
                                parties=dict(self._party_members),
                                topic=list(self.state.last_issues) if self.state.topic_age <= 1 else [],
                                source=source, matches=lambda name, s=s: self._past(s) if name == "past" else self._list(s, name),
                                context=([("plan", plan_holder)] if self._before[2] and plan_holder else []) + [
                                    (kind, actor) for kind, actor in zip(("person", "group"), self._before[:2]) if actor is not None])
        # a stance held by several parties is each party's stance
        expanded: list[Stance] = []
        for st in results:
            if st.speaker in self._party_members:
                st = replace(st, speaker=None)  # several speakers: the actor column says who
            members = self._party_members.get(st.actor)
            if members is None:
                expanded.append(st)
                continue
            for a in members:
                expanded.append(replace(st, actor=a.name, side=a.side))
        results = expanded
        pairs = [m for m in mentions if m.kind == "pair" and m.actor is not None and m.actor.name in self._party_members]
        partners, complete = self._partners(s, mentions, zone_verb if zone else None)
        if complete:
            self.state.parties, self.state.parties_age = partners, 0
        elif zone:
            self.state.parties, self.state.parties_age = tuple(self._zone[2]) + partners, 0
        elif partners:
            subject = next((m for m in mentions if m.eligible and m.actor is not None and m.actor.side
                            and m.actor.side not in {a.side for a in partners}), None)
            lead = (self.index.get(subject.actor.holder) or subject.actor,) if subject is not None else ()
            self.state.parties, self.state.parties_age = lead + partners, 0
        elif pairs:
            # «американська та українська делегації», "U.S. and Ukrainian negotiators" acting anywhere in
            # the sentence: the two are the parties a later «сторони», "both sides" stands for
            self.state.parties, self.state.parties_age = self._party_members[pairs[-1].actor.name], 0
        else:
            self.state.parties_age += 1
        if self.state.authors and self.state.authors_age == 0:
            # "President Volodymyr Zelensky of Ukraine signed it as well", «Підписав її і Зеленський» right after a
            # statement: who signs "it" is one more of its authors (not who did not sign it)
            signed = any(_signs(s, k) and any(s.surfaces[j] in _STATEMENT_PRONOUNS for j in range(k + 1, min(len(s.words), k + 3)))
                         and not any(s.lemmas[j] in _CUE_NEGATIONS for j in range(max(0, k - 3), k)) for k in range(len(s.words)))
            # (one more of a side already among the signers adds nobody: the side speaks for its people)
            signers = [a for m in mentions if signed and m.eligible and m.actor is not None and m.actor.side
                       and m.actor.name not in self.lex.media and m.kind not in ("statement", "plan")
                       and s.feats[m.end - 1].get("Case") in ("Nom", None)
                       for a in [self.index.get(m.actor.holder) or m.actor]
                       if a.side not in {b.side for b in self.state.authors}]
            if signers:
                self.state.authors = tuple(dict.fromkeys(self.state.authors + tuple(signers)))
                self.state.authors_age = -1
        self.state.authors_age += 1
        self.state.workers_age += 1
        self.state.venue_age += 1
        if any(m.kind == "plan" for m in mentions):
            self.state.plan_since_statement = True
        orgs = tuple(m.actor for m in mentions if m.actor is not None and m.actor.label == "ORG"
                     and m.actor.side and m.actor.name not in self.lex.media and not m.in_pp
                     and m.actor.stands_for is None)
        if orgs:
            self.state.orgs, self.state.orgs_age = orgs, 0
        else:
            self.state.orgs_age += 1
        # discourse state for the next sentence
        conditional = [st.condition for st in results if st.polarity == "conditional" and st.condition]
        if conditional:
            self.state.last_condition = conditional[-1]
        elif results:
            self.state.last_condition = None
        people = [m for m in mentions if m.eligible and (m.kind == "pronoun_person" or (
            m.actor is not None and m.actor.label == "PERS")) and s.feats[m.start].get("Case") not in ("Dat", "Loc")]
        people_here = [a for a in context_people if a.label == "PERS"]
        if people_here:
            self.state.last_person = people_here[-1]
        elif people and people[0].actor is not None:
            self.state.last_person = people[0].actor  # a leading pronoun keeps the person it stands for
        # (counted from past a wire dateline, "WASHINGTON, Nov 21 (Sample Wire) - The 28-point blueprint …")
        dateline = next((k + 1 for k in range(1, min(len(s.words), 14)) if s.surfaces[k] in _DASHES and s.surfaces[k - 1] == ")"), 0)
        self.state.plan_subject = any(m.kind == "plan" and not m.in_pp and m.start - dateline < 12 for m in mentions)
        # «Україна та США напрацювали оновлений план», "U.S. and Ukrainian negotiators drafted a plan": the
        # subject of a verb of writing is the authors of the plan a later «документ», "it" means (who wrote it;
        # not yet a position). (A plan merely named with an owner, «їхній контрпроєкт», does not make it the
        # plan meant later: tried, it moved as many right rows to the wrong side as it fixed.)
        _, zone_verb, zone_members = self._zone
        authored = False
        for m in mentions:
            if m.kind == "plan":
                # (the plan is the verb's object: only its modifiers between, «напрацювали оновлений мирний план»;
                # «підготував відповідь на мирний план» wrote something else)
                verb = next((k for k in range(m.start - 1, max(-1, m.start - 5), -1) if s.upos[k] == "VERB"), None)
                if verb is not None and any(s.upos[k] not in ("ADJ", "DET", "NUM", "NOUN") and s.surfaces[k] not in ("out", "up", "-")
                                            for k in range(verb + 1, m.start)):
                    verb = None
                if verb is not None and (s.lemmas[verb] in _AUTHORING_VERBS or (
                        verb + 1 < len(s.words) and _AUTHORING_PHRASAL.get(s.lemmas[verb]) == s.surfaces[verb + 1])) \
                        and s.feats[verb].get("VerbForm") not in ("Inf", "Part", "Conv"):
                    if zone_members and zone_verb == verb:
                        self.state.plan_authors, self.state.plan_proposer = tuple(zone_members), None
                    else:
                        subject = next((o for o in mentions if o.end <= verb and o.eligible and o.actor is not None
                                        and o.actor.side and o.kind != "plan"), None)
                        if subject is not None:
                            actor = self.index.get(subject.actor.holder) or subject.actor
                            self.state.plan_proposer, self.state.plan_authors = actor.name, ()
                            # (brought in as the text the next sentences describe: «… підготували власну версію
                            # плану. Вона передбачає …», "… unveiled a plan. It calls for …")
                            authored = True
        self.state.plan_introduced = authored
        for m in mentions:
            # (past a word of the plan's own name: "their own peace plan", «свій мирний план»)
            own = m.kind == "plan" and m.start > 0 and (s.lemmas[m.start - 1] in _OWN or (
                m.start > 1 and s.lemmas[m.start - 1] in ("peace", "мирний", "мирный") and s.lemmas[m.start - 2] in _OWN))
            # ("European governments have circulated an alternative draft of their own")
            own = own or (m.kind == "plan" and m.end + 2 < len(s.words) and s.surfaces[m.end] == "of"
                          and s.surfaces[m.end + 1].lower() in ("their", "its", "his", "her") and s.surfaces[m.end + 2] == "own")
            if m.kind == "plan" and (own or s.lemmas[m.start].startswith(_COUNTER_PLANS)):
                # «Європейці виклали власний контрпроєкт», «Росія висунула свою пропозицію», "their counter-draft":
                # a counter-plan, or a side's own plan, is brought in as the text the next sentences describe, its
                # owner's (a plan merely named with an owner is not). «Власний» points to the subject of its
                # clause: the last nominative named before it, else the first subject-like one (a tagger may
                # read «європейці» as a dative)
                before = [o for o in mentions if o.end <= m.start and o.eligible and o.actor is not None
                          and o.actor.side and o.kind != "plan" and not o.in_pp]
                subject = next((o for o in reversed(before) if s.feats[o.end - 1].get("Case") in ("Nom", None)),
                               before[0] if before else None)
                owner = self._plan_owner(s, m, mentions) if not own else (
                    self.index.get(subject.actor.holder) or subject.actor if subject is not None else None)
                if owner is not None:
                    self.state.plan_proposer, self.state.plan_authors = owner.name, ()
                    self.state.plan_introduced = True
        groups = [m for m in mentions if m.actor is not None and m.actor.label != "PERS" and m.actor.side and m.eligible]
        team = self._team(mentions)
        if groups:
            self.state.last_group = groups[0].actor
        elif team is not None:
            self.state.last_group = team  # "Merz, Macron and other European leaders …. They …"
        elif any(m.actor is not None and m.actor.label != "PERS" and m.actor.side for m in mentions):
            self.state.last_group = [m for m in mentions if m.actor is not None and m.actor.label != "PERS" and m.actor.side][-1].actor
        # «Бельгія вимагає, щоб ризики розділили всі країни», "insisted that the risks be shared": a term a holder
        # sets on an issue (`terms` in knowledge/issues.yaml), demanded, is a conditional stance on the issue
        # (the stance whose attitude word comes right before the term, with no other mention of the issue between)
        for im, key, _ in kept:
            if im.pattern.payload[2:] != ("term",):
                continue
            first = min(im.tokens)
            plain = [min(o.tokens) for o, k, _ in kept if k == key and o.pattern.payload[2:] != ("term",)]

            def demands(st) -> bool:
                word = (st.cue or "").split()[:1]
                return bool(word) and any(s.words[p].text == word[0] and p < first <= p + 10 and not any(p < q < first for q in plain)
                                          for p in range(first))
            if any(s.lemmas[k] in _RELATIVE_WORDS and k > 0 and s.upos[k - 1] == "NOUN"
                   and not any(c.start <= k - 1 < c.end for c in cues)  # ("the demand that …" is its content)
                   for k in range(max(0, first - 3), first)):
                continue  # "a borrowing scheme that would share the risks": what the scheme does, not a demand
            condition = self._clause_text(s, im)
            results = [replace(st, polarity="conditional", condition=condition)
                       if st.issue == key and st.polarity == "support" and demands(st) else st for st in results
                       # ("rejected Belgium's demand that the risks be shared": refusing the term is no stance on the issue)
                       if not (st.issue == key and st.polarity == "oppose" and not plain and demands(st))]
        resolved_issues = [(st.issue, 1) for st in results]
        mentioned = [(key, sign) for _, key, sign in kept]
        if resolved_issues or mentioned:
            self.state.last_issues, self.state.topic_age = resolved_issues or mentioned, 0
            self.state.topic_actors = {m.actor.name for m in mentions if m.actor is not None} | \
                {st.actor for st in results}
        else:
            self.state.topic_age += 1
            if self.state.topic_age > 2:  # the topic fades after two sentences that do not name it
                self.state.last_issues = []
                self.state.last_condition = None
        if self.observer is not None:
            self.observer(view, [] if question else results)
        return [] if question else results

    # -- helpers ------------------------------------------------------------------------------
    def _clause_text(self, s: _Sentence, im) -> str:
        """The clause a match stands in, from the complementizer before it to the next punctuation
        («щоб ризики повністю розділили всі країни-члени» -> «ризики повністю розділили всі країни-члени»)."""
        n = len(s.words)
        first, last = min(im.tokens), max(im.tokens)
        start = max([k + 1 for k in range(first) if s.lemmas[k] in _THAT | {"щоб", "чтобы"} or s.surfaces[k] in (",", ":", ";")]
                    + [0])
        if any(s.upos[k] in ("VERB", "AUX") and s.feats[k].get("VerbForm") == "Fin" for k in range(start, first)):
            # («Німеччина відкинула вимогу Бельгії розділити ризики»: the clause of the term, not of the verb before it)
            start = first
            while start > 0 and s.upos[start - 1] in ("DET", "ADJ", "ADV"):
                start -= 1
        end = next((k for k in range(last + 1, n) if s.surfaces[k] in (",", ";", ".", ":", "—")), n)
        return " ".join(w.text for w in s.words[start:end])

    def _passive_agents(self, s: _Sentence, cue, mentions) -> tuple:
        """The agents of an English passive cue ("was rejected by Moscow", "has been agreed by U.S. and
        Ukrainian negotiators", and the reduced relative "an idea put forward by Ukraine"): a form of *be*
        or a noun before the cue and the actors after «by»."""
        n = len(s.words)
        if self.language in ("uk", "ru"):
            # «було відхилено Києвом», «было отвергнуто украинской делегацией»: an impersonal «-но/-то» form or a
            # short participle, its agent in the instrumental right after it
            passive = s.upos[cue.start] in ("VERB", "ADJ") and cue.end - cue.start == 1 and (
                (self.language == "uk" and s.surfaces[cue.start].endswith(("но", "то")) and "Tense" not in s.feats[cue.start])
                or (self.language == "ru" and s.feats[cue.start].get("VerbForm") == "Part" and "Case" not in s.feats[cue.start]))
            head = cue.end + (1 if cue.end + 1 < n and s.upos[cue.end] == "ADJ" else 0)  # («украинской делегацией»)
            if not passive or head >= n or s.feats[head].get("Case") != "Ins":
                return ()
            upto = next((j for j in range(head, n) if (s.upos[j] in ("NOUN", "PROPN") and s.feats[j].get("Case") not in ("Ins", None))
                         or s.upos[j] in ("ADP", "PUNCT", "VERB")), n)
            return self._agents(s, cue.end, mentions, possessors=True, upto=upto)
        if self.language != "en" or not (cue.end < n and s.surfaces[cue.end] == "by") or cue.start == 0 \
                or not (s.surfaces[cue.start - 1] in ("is", "are", "was", "were", "been", "be", "being")
                        or s.upos[cue.start - 1] == "NOUN"
                        # "aimed at plans backed by …": a word after a preposition or article is a noun, whatever
                        # the tagger guessed
                        or (cue.start > 1 and s.upos[cue.start - 2] in ("DET", "ADP") and s.surfaces[cue.start - 1].isalpha())
                        # "a Christmas truce, floated by Kyiv": a participle set off after its noun
                        or (cue.start > 1 and s.surfaces[cue.start - 1] == "," and s.upos[cue.start - 2] in ("NOUN", "PROPN"))):
            return ()
        # ("backed by commitments from Europe": the agent is a thing, the actors after it only say whose; past a
        # determiner or adjectives the word after «by» must be an actor's)
        head = cue.end + 1
        while head < n and s.upos[head] in ("DET", "ADJ", "NUM"):
            head += 1
        if head < n and s.upos[head] == "NOUN" and not any(m.start <= head < m.end and m.actor is not None for m in mentions):
            return ()
        return self._agents(s, cue.end + 1, mentions)

    def _agents(self, s: _Sentence, first: int, mentions, possessors: bool = False, upto: int | None = None) -> tuple:
        """The actors named from ``first`` to the next punctuation or verb, in order, each once: the agents
        after «by» of a passive, the authors after a plan's participle (with ``possessors``, also the
        adjectives «українськими та американськими»). A second participle joined on («і вже переданий до
        Москви», "and sent to Moscow") ends them: where a text went is not who wrote it."""
        n = len(s.words)
        end = next((j for j in range(first, n) if s.surfaces[j] in {",", ".", ";", "—", "–", ":"}
                    or s.upos[j] in ("VERB", "AUX") or (j > first and s.feats[j].get("VerbForm") == "Part")), n)
        end = min(end, upto if upto is not None else n)
        found: list[tuple[int, Actor]] = []
        if possessors:
            for p in self._possessors(s):
                actor = self.index.get(p.pattern.payload) if first <= p.start < end else None
                if actor is not None:
                    found.append((p.start, actor))
        for m in mentions:
            if first <= m.start < end and m.actor is not None and (m.actor.side or m.actor.stands_for) \
                    and m.actor.name not in self.lex.media:
                found.append((m.start, self.index.get(m.actor.holder) or m.actor))
        return _in_order(found)

    def _plan_authors(self, s: _Sentence, m: _Mention, mentions) -> tuple[tuple, int]:
        """The authors a participle names right after a plan noun («документ, напрацьований українськими
        та американськими переговорниками», "the draft prepared by U.S. and Ukrainian negotiators"), also
        past the plan's own short complement («проєкт із 20 пунктів, …»). The parties that agreed a plan
        («узгоджений українською та американською командами», «согласованный с американскими
        переговорщиками», "agreed with U.S. negotiators") stand behind it the same way: an agreed text is
        what both sides put their names to."""
        n = len(s.words)
        authors, k = self._relative_authors(s, m, mentions)
        if authors:
            return self._unless_reported(m, authors), k
        k = m.end
        if k < n and s.surfaces[k] != "," and not s.lemmas[k].startswith(_AUTHORING + _AGREED) \
                and not s.surfaces[k].startswith(_AUTHORING + _AGREED):
            k = next((j for j in range(m.end, min(n, m.end + 7)) if s.surfaces[j] == ","), k)
            if any(s.upos[j] in ("VERB", "AUX", "PRON", "SCONJ") for j in range(m.end, k)):
                k = m.end
        comma = k < n and s.surfaces[k] == ","
        k += 1 if comma else 0
        if k >= n:
            return (), -1
        agreed = s.lemmas[k].startswith(_AGREED) or s.surfaces[k].startswith(_AGREED)
        if not (agreed or s.lemmas[k].startswith(_AUTHORING) or s.surfaces[k].startswith(_AUTHORING)):
            return (), -1
        if self.language == "en":
            by = k + 2 if k + 2 < n and s.surfaces[k + 1] == "out" else k + 1  # "worked out by"
            # ("the plan agreed with Moscow's demands" is a finite verb: "agreed with" only set off by a comma)
            if not (by < n and (s.surfaces[by] == "by" or (agreed and (s.surfaces[by] == "between" or (
                    comma and s.surfaces[by] == "with"))))):
                return (), -1
            first = by + 1
        else:
            if s.upos[k] != "ADJ":
                return (), -1  # a participle, not a finite verb («план обмежує армію»)
            # («пункт мирного плану, погоджений з Україною»: the participle agrees with another noun)
            if s.feats[k].get("Case") and s.feats[m.end - 1].get("Case") and s.feats[k]["Case"] != s.feats[m.end - 1]["Case"] \
                    and not (s.feats[m.end - 1]["Case"] in ("Nom", "Acc") and s.feats[k]["Case"] in ("Nom", "Acc")):
                return (), -1
            first = k + 1
        # the authors run to the next punctuation or verb ("… negotiators was sent to Moscow"), and stop at
        # whoever was left out or overridden («без участі Європи», «всупереч позиції Москви», "behind Europe's back")
        stop = next((j for j in range(first, n) if s.lemmas[j] in _LEFT_OUT), n)
        authors = self._unless_reported(m, self._agents(s, first, mentions, possessors=True, upto=stop))
        return authors, (k if authors else -1)

    def _unless_reported(self, m: _Mention, authors: tuple) -> tuple:
        """The authors, unless the plan is named in the words of a speaker of another side: there it is what the
        sides agreed, not a stand the text reports («Пєсков повідомив, що документ, погоджений американцями з
        Україною, обговорять»)."""
        if any(fr.start <= m.start < fr.end and fr.speaker is not None and fr.speaker.side
               and fr.speaker.side not in {a.side for a in authors} for fr in getattr(self, "_frames", ())):
            return ()
        return authors

    def _relative_authors(self, s: _Sentence, m: _Mention, mentions) -> tuple[tuple, int]:
        """The subject of a relative clause on a plan that says who wrote, agreed or sent it («проєкт, який
        напрацювали США та Україна», «документ, над яким працювали українська й американська команди», "the
        draft that American and Ukrainian negotiators had reworked"), with the clause's verb; ``((), -1)`` when
        the clause says something else. Past the plan's own short complement («проєкт із 20 пунктів, який …»)."""
        n = len(s.words)
        rel = next((j for j in range(m.end, min(n, m.end + 6)) if s.lemmas[j] in _RELATIVE_WORDS), None)
        if rel is None or any(s.upos[j] in ("VERB", "AUX", "PRON", "SCONJ") for j in range(m.end, rel)) \
                or s.lemmas[rel] == "who":
            return (), -1
        work_on = rel > m.end and s.lemmas[rel - 1] in _WORK_ON.values()  # «над яким», "on which"
        if rel > m.end and s.upos[rel - 1] == "ADP" and not work_on:
            return (), -1  # «проект, о котором написало издание», "the plan about which …": written about, not written
        end = next((j for j in range(rel + 1, n) if s.surfaces[j] in {",", ".", ";", "—", "–", ":"}), n)
        verb = next((j for j in range(rel + 1, end) if s.upos[j] == "VERB"), None)
        if verb is None or s.feats[verb].get("VerbForm") in ("Inf", "Part", "Conv", "Ger"):
            return (), -1
        lemma = s.lemmas[verb]
        phrasal = verb + 1 < end and _AUTHORING_PHRASAL.get(lemma) == s.surfaces[verb + 1]
        worked = _WORK_ON.get(lemma) is not None and (work_on or (verb + 1 < end and s.surfaces[verb + 1] == _WORK_ON[lemma]))
        if not (lemma in _RELATIVE_AUTHORING or phrasal or worked):
            return (), -1
        if self.language == "en":
            span = range(rel + 1, verb)  # "that Kyiv and Washington have sent": the subject comes first
        else:
            span = range(rel + 1, end)  # «який напрацювали США та Україна»: before or after the verb
        found = [(o.start, self.index.get(o.actor.holder) or o.actor) for o in mentions
                 if o.start in span and o.actor is not None and o.actor.side and o.actor.name not in self.lex.media
                 and o.kind not in ("plan", "statement") and not o.in_pp
                 and (self.language == "en" or s.feats[o.end - 1].get("Case") in ("Nom", None))]
        found += [(p.start, self.index.get(p.pattern.payload)) for p in self._possessors(s) if p.start in span
                  and self.index.get(p.pattern.payload) is not None]  # «українська й американська команди»
        return _in_order(found), verb

    def _team(self, mentions) -> Actor | None:
        """The side, when several people of one side are named together (joint statements, "they")."""
        sides: dict[str, set] = {}
        for m in mentions:
            if m.actor is not None and m.actor.label == "PERS" and m.actor.side and m.eligible:
                sides.setdefault(m.actor.side, set()).add(m.actor.name)
        best = max(sides.items(), key=lambda kv: len(kv[1]), default=None)
        if best is None or len(best[1]) < 2 or len(sides) > 1:
            return None
        return self.index.get(best[0])

    def _speaker(self, s: _Sentence, sp, mentions, starts, context_people):
        """The speaker of a speech verb: a mention on its left in its clause (a prepositional phrase is
        fine: «у Кремлі заявили»), else one right after it ("said Putin", «заявив Путін»)."""
        c_start = max(b for b in starts if b <= sp.start)
        if self.language == "en" and sp.start > 2 and s.surfaces[sp.start - 1] == ",":
            # "…, the U.S. ambassador to the United Nations, Mike Waltz, said": a name in apposition to a title (or a
            # title to a name), set off by commas right before the verb, is who says it
            # ("…, Dmitry Peskov, the Kremlin spokesman, said": the title after the name, past its article)
            named = next((m for m in mentions if m.end == sp.start - 1 and m.actor is not None and m.actor.label == "PERS"
                          and m.start > 1 and (s.surfaces[m.start - 1] == "," or (
                              s.upos[m.start - 1] == "DET" and s.surfaces[m.start - 2] == ","))), None)
            if named is not None:
                opening = named.start - 1 if s.surfaces[named.start - 1] == "," else named.start - 2
                title_start = max([k for k in range(opening) if s.surfaces[k] == ","] + [-1])
                if title_start > 0 and not any(s.upos[k] in ("VERB", "AUX") for k in range(title_start + 1, opening)):
                    return self._resolve(named, context_people), named
            # ("…, Dmitry Peskov, the Kremlin's spokesman, told reporters": a title that names an organisation
            # is no name of a person; the person set off by commas before it is who says it)
            named = next((m for m in mentions if m.actor is not None and m.actor.label == "PERS" and m.start > 1
                          and s.surfaces[m.start - 1] == "," and m.end < sp.start - 2 and s.surfaces[m.end] == ","
                          and sp.start - 1 - (m.end + 1) <= 8
                          and not any(s.surfaces[k] == "," or s.upos[k] in ("VERB", "AUX")
                                      for k in range(m.end + 1, sp.start - 1))), None)
            if named is not None:
                return self._resolve(named, context_people), named
        # (English has no converb form: "…, while warning that …", "…, adding that …" share the subject the
        # same way)
        converb = s.feats[sp.start].get("VerbForm") == "Conv" or (
            self.language == "en" and s.surfaces[sp.start].endswith("ing") and sp.start > 0
            and s.surfaces[sp.start - 1] in (",", "while", "before", "after"))
        if converb:
            c_start = 0  # «Мерц пішов далі, заявивши, що …»: a converb shares the subject of its main clause
        # «путін в інтерв'ю India Today, яке вийшло минулого четверга, пригрозив»: a relative clause closed
        # before the verb is embedded in its clause; the subject stands before it
        while c_start > 0 and any(a == c_start and b <= sp.start for a, b in self._relatives):
            c_start = max(b for b in starts if b <= c_start - 1)
        # ("Zelensky, who met Trump on Sunday, said …": a relative clause set off by commas right before the
        # verb; its antecedent before the first comma is the subject)
        # (unless the speaker is named after the verb and ends the sentence or its clause: «…з територій, які
        # Росія не змогла захопити, наголосив Умєров.» closes the words with a relative clause on their last noun)
        named_last = any(self._follows_verb(s, sp, m) and (m.end >= len(s.words) - 1 or s.surfaces[m.end] in (",", ".", ";"))
                         for m in mentions)
        embedded = next((a for a, b in self._relatives if sp.start - 1 <= b <= sp.start and a > 1
                         and s.surfaces[a - 1] == "," and s.surfaces[sp.start - 1] == ","), None) if not named_last else None
        if embedded is None and sp.start > 3 and s.surfaces[sp.start - 1] == ",":
            # ("Peskov, speaking to reporters on Friday, said …", «Пєсков, відповідаючи на запитання, заявив …»:
            # a participle phrase set off by commas before the verb; the subject stands before it)
            opening = max((k for k in range(sp.start - 1) if s.surfaces[k] == ","), default=None)
            bare_subject = opening is not None and any(m.end == opening and m.actor is not None for m in mentions) \
                and not any(s.upos[k] in ("VERB", "AUX") or s.surfaces[k] == "," for k in range(opening))
            named_after = named_last  # "…, refusing any withdrawal, said Zelensky."
            if bare_subject and opening + 1 < sp.start - 1 and not named_after and (
                    s.feats[opening + 1].get("VerbForm") in ("Ger", "Conv")
                    or (self.language == "en" and s.surfaces[opening + 1].endswith("ing") and s.upos[opening + 1] == "VERB")):
                embedded = opening + 1
        if embedded is not None:
            c_start = max(b for b in starts if b <= embedded - 2)
        # a place with no side («у Йоганнесбурзі наголошували») is where, never who
        mentions = [m for m in mentions if m.actor is None or m.actor.side or m.actor.stands_for]
        left = [m for m in mentions if c_start <= m.start and m.end <= sp.start and m.kind != "plan"]
        follows = [m for m in mentions if self._follows_verb(s, sp, m)]
        # ("On Friday, his spokesman, Dmitry Peskov, confirmed …": with no verb before it, the comma closes an
        # apposition, and the name before it is the subject)
        appositive = s.surfaces[sp.start - 1] == "," and bool(left) and left[-1].end == sp.start - 1 \
            and left[-1].start > 0 and s.surfaces[left[-1].start - 1] == "," and not any(
            s.upos[k] in ("VERB", "AUX") for k in range(0, sp.start)) if sp.start > 0 else False
        if embedded is not None:
            left = [m for m in left if m.end <= embedded - 1]
        elif not converb and not appositive and sp.start > 0 and s.surfaces[sp.start - 1] in {","} | _QUOTES and (
                follows or s.surfaces[sp.start - 1] in _QUOTES or not left or left[0].start > 0):
            left = []  # «…, заявил Путин», "…, he said": the speaker follows
            # ("Putin, for his part, said …": a subject that opens the sentence keeps the verb)
        elif sp.start > 1 and s.lemmas[sp.start - 1] in ("як", "как") and s.surfaces[sp.start - 2] == "," \
                and any(m.eligible and not m.in_pp for m in follows):
            left = []  # «Росія, як зазначив Зеленський, хоче …»: the speaker follows
        left = [m for m in left if not (m.kind.startswith("pronoun") and s.surfaces[m.start] in ("його", "її", "his", "her", "его", "ее", "їх", "their", "их"))]
        # ("Kirill Dmitriev, Putin's economic envoy, said …": a possessor describes the subject, it is none)
        # ("Europe's leaders, while making clear …": whose leaders, officials or negotiators they are speaks through them)
        owned_by = [m for m in left if m.end < len(s.words) and s.surfaces[m.end] in ("'s", "’s")
                    and not (m.end + 1 < len(s.words) and s.lemmas[m.end + 1] in _SPOKESPEOPLE)]
        if len(owned_by) < len(left):
            left = [m for m in left if m not in owned_by]
        media = self.lex.media

        def rank(m):  # a subject first, then a prepositional phrase («у Кремлі заявили»), a medium last
            is_media = m.actor is not None and m.actor.name in media
            # (a mention that cannot be a subject, such as the "U.S." of "the U.S.-Ukrainian draft", ranks
            # after the subject pronoun before it)
            return (0 if m.eligible else 1 if m.in_pp and not is_media else 2 if not is_media else 3, -m.start)
        if converb and left:
            # ("Europe's leaders lined up behind the call to stop the war in Ukraine, while making clear that …": the
            # subject opens the main clause; a place or an object named later in it is not who makes clear)
            subjects = [m for m in left if m.eligible and not m.in_pp]
            if subjects:
                left = subjects[:1]
        if left:
            m = min(left, key=rank)
            zone_starts, zone_verb, zone_members = self._zone
            if m.start in zone_starts and sp.start >= zone_verb:
                # «Віткофф і Умєров заявили, що …» (the first of them opens the subject: "…, Putin and Trump said")
                return self._parties_actor(zone_members), min((x for x in left if x.start in zone_starts), key=lambda x: x.start)
            return self._resolve(m, context_people), m
        # («заявив помічник російського диктатора Юрій Ушаков», "said Putin's aide Yuri Ushakov": a genitive or
        # possessive inside the speaker's title is whose assistant, not who; the speaker can be a subject)
        # («заявив заступник глави МЗС РФ Сергій Рябков»: the person the title ends in, not the state inside it)
        follows.sort(key=lambda m: (not m.eligible or (m.end < len(s.words) and s.surfaces[m.end] in ("'s", "’s")),
                                    m.actor is None or m.actor.label != "PERS", m.start))
        if follows:
            # «…, заявили Путін і Трамп», «у цьому сходяться і путін, і Трамп»: names joined by «і» after the verb
            # speak together
            joined = [follows[0]]
            for m in sorted(mentions, key=lambda m: m.start):
                gap = s.surfaces[joined[-1].end:m.start]
                if m.start > joined[-1].end and m.eligible and m.actor is not None and gap and all(
                        w in {","} | _AND for w in gap) and any(w in _AND for w in gap):
                    joined.append(m)
            if len(joined) > 1:
                actors = [self._resolve(m, context_people) for m in joined]
                if all(a is not None and a.side for a in actors):
                    return self._parties_actor(actors), follows[0]
            return self._resolve(follows[0], context_people), follows[0]
        conj = sp.start - 1  # (past an auxiliary or an adverb: "… and has warned that …", "and also said")
        while conj > 1 and sp.start - conj < 3 and (s.upos[conj] in ("AUX", "ADV") or s.surfaces[conj] in ("n't", "not")):
            conj -= 1
        if not converb and conj > 0 and s.surfaces[conj] in _AND | {"but", "але", "но", "а"}:
            # "The signatories insisted that … and pledged to …": a second verb with no subject of its own
            # shares the subject of the speech verb before it, or of the sentence's first verb
            if self._prev_speaker is not None:
                return self._prev_speaker
            first_verb = next((k for k in range(len(s.words)) if s.upos[k] in ("VERB", "AUX")), sp.start)
            # ("In a joint statement, Zelensky and European leaders backed … and said …": not the statement the
            # act is in; several joined subjects are the parties)
            subject = next((m for m in mentions if m.end <= first_verb and m.eligible and m.kind != "plan"
                            and not m.in_pp), None)
            if subject is not None and first_verb < sp.start:
                zone_starts, zone_verb, zone_members = self._zone
                if subject.start in zone_starts and zone_verb == first_verb:
                    return self._parties_actor(zone_members), subject
                return self._resolve(subject, context_people), subject
        # («відповів Трампу, який в інтерв'ю сказав, що …», "Erdogan, who told reporters that …": a subject
        # relative opening the verb's clause stands for the name before its comma)
        r = next((k for k in range(c_start, sp.start) if s.lemmas[k] in _SUBJECT_RELATIVES), None)
        if r is not None and r > 1 and s.surfaces[r - 1] == "," and s.feats[r].get("Case") in (None, "Nom") \
                and not any(r < m.start < sp.start and m.eligible for m in mentions):
            # (not a genitive that describes the noun before it, «із дружиною Трампа, яка сказала», and the
            # relative agrees with its antecedent in gender)
            before = [m for m in mentions if m.end == r - 1 and m.actor is not None and m.kind != "plan"
                      and not (s.feats[m.end - 1].get("Case") == "Gen" and m.start > 0 and s.upos[m.start - 1] == "NOUN")
                      and not (s.feats[r].get("Gender") and s.feats[m.end - 1].get("Gender")
                               and s.feats[r]["Gender"] != s.feats[m.end - 1]["Gender"])]
            if before:
                return self._resolve(before[-1], context_people), before[-1]
        # («заявление, в котором говорится …», «заява, у якій ідеться», "a statement in which they said": the
        # statement the relative clause hangs on speaks)
        for k in range(max(c_start, 1), sp.start):
            stmt = _statement_before(s, k, mentions)
            if stmt is not None and not any(m.eligible and k < m.start < sp.start for m in mentions):
                return self._resolve(stmt, context_people), stmt
        return None, None

    @staticmethod
    def _follows_verb(s: _Sentence, sp, m) -> bool:
        """``m`` is the subject after a speech verb: right after it («заявив Путін»), or after a
        time phrase set off by commas («заявив учора, 17 грудня, володимир путін»), with no
        complementizer, colon or other verb in between."""
        if m.kind != "plan" and sp.start < m.start and m.end <= sp.end and not set(range(m.start, m.end)) & set(sp.tokens) \
                and "," not in s.surfaces[sp.start:sp.end]:
            return True  # («— с таким призывом Трамп выступил»: the subject between the words of the verb, not a parenthetical's)
        if m.kind == "plan" or not sp.end <= m.start <= sp.end + 8:
            return False
        between = range(sp.end, m.start)
        if any(s.surfaces[k] == ":" or s.lemmas[k] in _THAT or s.upos[k] in ("VERB", "AUX") for k in between):
            return False
        # (the speaker's title before the name, «помощник российского лидера Юрий Ушаков», is part of the
        # speaker and does not count towards the distance)
        title = m.start  # ("said Vladimir Putin's foreign policy aide Yuri Ushakov")
        while title > sp.end and m.start - title < 6 and (s.upos[title - 1] in ("NOUN", "ADJ", "PROPN")
                                                           or s.surfaces[title - 1] in ("'s", "’s")):
            title -= 1
        between = range(sp.end, title)
        if title - sp.end > 4 or any(s.surfaces[k] == "," for k in between):
            # the words set off by commas must be a time phrase (adverbs, numbers, month and day nouns)
            return all(s.upos[k] in ("ADV", "NUM", "PUNCT", "NOUN", "ADP") and s.feats[k].get("Animacy") != "Anim"
                       for k in between) and any(s.upos[k] in ("ADV", "NUM") for k in between)
        return True

    @staticmethod
    def _semicolon_after(s: _Sentence, sp, spk_m, after_spk: int) -> int | None:
        """The semicolon that closes a speech verb set after its words ("…, Mr. Putin said on Thursday; …"), or the
        colon that does so past a phrase of where and when ("…, Putin said in an interview broadcast on Thursday:
        …"), or None: the verb (with its speaker) follows a comma, and only such a phrase stands between."""
        n = len(s.words)
        first = min(sp.start, spk_m.start if spk_m is not None else sp.start)
        title = first  # ("…, Mr. Putin said;", "…, the Kremlin leader said;")
        while title > 0 and first - title < 4 and s.upos[title - 1] in ("PROPN", "NOUN", "ADJ", "DET"):
            title -= 1
        if title < 2 or s.surfaces[title - 1] != ",":
            return None
        semi = next((k for k in range(after_spk, min(n, after_spk + 5)) if s.surfaces[k] == ";"), None)
        if semi is not None and semi + 1 < n and not any(s.upos[k] in ("VERB", "AUX") or s.surfaces[k] in (",", ":")
                                                         for k in range(after_spk, semi)):
            return semi
        # ("…, Putin said in an interview with India Today broadcast on Thursday: either …": a colon past a phrase
        # of where and when opens more of the same words)
        colon = next((k for k in range(after_spk, min(n, after_spk + 12)) if s.surfaces[k] in (";", ":", ",")), None)
        if colon is not None and s.surfaces[colon] == ":" and colon + 1 < n and after_spk < colon \
                and s.upos[after_spk] == "ADP" and not any(
                    s.lemmas[k] in _THAT or s.feats[k].get("VerbForm") == "Fin" and s.upos[k] == "AUX"
                    for k in range(after_spk, colon)):
            return colon
        return None

    def _content_left(self, s: _Sentence, sp, spk_m) -> bool:
        """True when the speech verb follows its content ("…, he said", «…, заявив Путін»)."""
        n = len(s.words)
        if sp.start >= 2 and s.surfaces[sp.start - 1] in _DASHES and s.lemmas[sp.start] in _POINTERS:
            return True  # «…, — такою була його теза в інтерв'ю, що вийшло в четвер»: the pointer says the words are before
        if sp.start >= 3 and s.surfaces[sp.start - 2] in _DASHES and s.lemmas[sp.start - 1] in _POINTERS:
            return True  # «…, — так підсумував Трамп переговори, які …», "— so Trump summed up the talks"
        after = max(sp.end, spk_m.end if spk_m is not None else sp.end)
        # '"…," Zelensky said on Tuesday, adding that …', «…», – заявив Песков, додавши, що …: a gerund after a
        # comma is the speaker's next act; its «що»/"that" opens that act's words, not this verb's
        comma = next((k for k in range(after, min(n, after + 5)) if s.surfaces[k] == ","), None)
        # (so is the outlet that passes it on: «…», – сказав Пєсков, передає ТАСС; "…," Peskov said, TASS reported)
        cited = comma is not None and any(fm.start == comma + 1 or (fm.start == comma + 2 and s.upos[comma + 1] == "PROPN")
                                          for fm in self._list(s, "media_frames"))
        adjunct = (comma is not None and comma + 1 < n and (s.feats[comma + 1].get("VerbForm") in ("Ger", "Conv") or cited)
                   and not any(s.upos[k] in ("VERB", "AUX") for k in range(after, comma)))
        if any(s.lemmas[k] in ("що", "щоб", "that", "что", "чтобы") or s.surfaces[k] == ":"
               for k in range(sp.end, comma if adjunct else min(n, after + 6))):
            return False  # «…, Зеленський наголошував, що …»: the content follows
        spk_tokens = set(range(spk_m.start, spk_m.end)) if spk_m is not None else set()
        nxt = after if after > sp.end else sp.end
        circumstance = adjunct or (nxt < n and (s.upos[nxt] == "ADP" or s.surfaces[nxt] == "."))
        if not circumstance and any(s.upos[k] in ("VERB", "AUX") for k in range(sp.end, len(s.words)) if k not in spk_tokens):
            return False  # "…, he said Russia would take …": a clause follows the verb
        # ("…, Putin said in an interview aired on Thursday": what follows is where and when)
        first = min(sp.start, spk_m.start if spk_m is not None else sp.start)
        dash = max((k for k in range(first) if s.surfaces[k] in _DASHES and k > 0), default=None)
        # («Кордони не можна змінювати силою — на цьому учасники наголосили»; the pointer may be the verb's own first
        # word: «Перемир'я лише затягне війну — у цьому сходяться Путін і Трамп»)
        if dash is not None and any(s.lemmas[k] in _POINTERS for k in range(dash + 1, max(first, min(sp.end, dash + 3)))):
            return True
        k = first - 1
        titles = 0  # ("…, President Vladimir Putin warned": a title before the name is part of the speaker; in
        # Ukrainian and Russian a postposed speaker follows its verb, and «…, глава МЗС заявив» opens a clause)
        while self.language == "en" and k > 0 and titles < 4 and s.upos[k] in ("NOUN", "PROPN", "ADJ", "DET") \
                and s.surfaces[k] not in _QUOTES:
            k -= 1
            titles += 1
        while k >= 0 and s.upos[k] in ("ADV",) or (k >= 0 and s.surfaces[k] in ("сьогодні", "сегодня", "today", "also")):
            k -= 1
        if self.language != "en" and spk_m is not None and spk_m.start < sp.start and k > 0 and s.surfaces[k] == "," \
                and s.surfaces[k - 1] not in _QUOTES and nxt < n and s.surfaces[nxt] not in (".", ",", ";", "!", "?"):
            # «…, глава киевского режима объявил о готовности …»: a subject before its verb, with the verb's own
            # words after it, opens a clause (but «…, Песков подчеркнул.» ends one)
            return False
        return k > 0 and (s.surfaces[k] in {","} | _QUOTES or (s.surfaces[k] in _DASHES and s.surfaces[k - 1] in {","} | _QUOTES))

    def _parse_negated(self, s: _Sentence, cue) -> bool:
        if s.heads is None:
            return False
        head_ids = set(range(cue.start + 1, cue.end + 1))
        for k, (h, rel) in enumerate(zip(s.heads, s.deprels)):
            if h in head_ids and not cue.start <= k < cue.end and (rel or "").split(":")[0] in ("advmod", "neg") \
                    and s.lemmas[k] in ("не", "not", "ни", "n't", "never"):
                return True
        return False

    def _holder(self, s, cue, info, mentions, c_start, rel, relatives, cond_tokens, context_people, plan_frames, frame):
        """(actor, mention, method) holding the cue, or (None, None, _)."""
        experiencer = cue.pattern.source in _EXPERIENCER_CUES

        def usable(m) -> bool:
            if m.kind == "plan":
                # (in English a plan right before a verb of proposing is its subject: "The U.S. draft offered Russia
                # …", "the plan ruled out NATO troops" say what the plan proposes, as «передбачає» does; Ukrainian
                # and Russian put objects there too, «Трамп документ підтримує», and a verdict, "the plan could be a
                # basis", is whoever gives it)
                return info.document or info.kind == "noun" or (
                    self.language == "en" and s.lemmas[cue.start] in _PLAN_VERBS and not m.in_pp
                    and m.end <= cue.start and all(s.upos[k] in ("ADV", "AUX", "PART") for k in range(m.end, cue.start)))
            if not m.eligible or m.start in cond_tokens or m.start in self._paren_speakers:
                return False
            if m.start > 0 and s.lemmas[m.start - 1] in _APPEAL and m.end <= cue.start:
                return False  # «Трамп закликав Київ погодитися», "urged Kyiv to accept": whom one appeals to
            if experiencer and ((m.end == cue.start or (m.end == cue.start - 1 and (s.upos[m.end] == "ADV" or s.surfaces[m.end] in _QUOTES)))
                                and s.feats[m.end - 1].get("Case") in ("Dat", "Loc") or m.start == cue.end):
                # («Україні давно пора»: past an adverb)
                return False  # «Україні настав час голосувати», "time for Ukraine to vote": whom it is time for
            if self.language != "en" and m.start >= 2 and any(
                    s.surfaces[p - 1] == "," and (s.feats[p].get("VerbForm") == "Part" or (
                        s.upos[p] == "ADJ" and s.surfaces[p].startswith(_AUTHORING + _AGREED)))
                    and p < m.start < self._next_comma(s, p) < cue.start
                    for p in range(max(1, m.start - 4), m.start)):
                return False  # «план, напрацьований США та Україною, може стати основою»: the agents of a participle
            r = next(((a, b) for a, b in relatives if a <= m.start < b), None)
            return r is None or (rel is not None and r == rel)

        def actor_of(m):
            if m.kind == "plan":
                return self._plan_actor(s, m, mentions)
            a = self._resolve(m, context_people)
            if a is None or (a.side is None and a.stands_for is None):
                return None
            return self.index.get(a.holder) or a

        # 1. dependency parse: the cue's nominal subject
        if s.heads is not None:
            ids = set(range(cue.start + 1, cue.end + 1))
            # the subject of the cue, or of the word the cue depends on (xcomp, copula constructions)
            heads_of_cue = {s.heads[k] for k in range(cue.start, cue.end)} - {0, None}
            for target in (ids, heads_of_cue):
                for k, (h, rel_) in enumerate(zip(s.heads, s.deprels)):
                    if h in target and (rel_ or "").startswith("nsubj"):
                        for m in mentions:
                            if m.start <= k < m.end:
                                actor = actor_of(m) if m.kind != "plan" or info.document else None
                                if actor is not None:
                                    return actor, m, "parse"
        # 2. noun cues: the possessor («вимоги москви», "the U.S. idea")
        if info.kind == "noun":
            # («Кремль висунув нову вимогу: …», "Moscow put forward a new demand": whoever puts the noun forward)
            # («не відмовиться від своєї вимоги», "will not drop its demand": whoever gives it up or keeps it)
            verb = _verb_before_noun(s, cue.start, c_start)
            if verb >= c_start and s.lemmas[verb] in _PUT_FORWARD | _VOICE | _RENOUNCE_WORDS and s.upos[verb] == "VERB":
                for m in reversed([m for m in mentions if c_start <= m.start and m.end <= verb and usable(m)]):
                    actor = actor_of(m)
                    if actor is not None:
                        return actor, m, "surface"
            if self.language in ("uk", "ru") and all(s.upos[k] in ("DET", "ADJ") or s.lemmas[k] in _POINTERS
                                                     for k in range(c_start, cue.start)) \
                    and s.feats[cue.start].get("Case") in ("Acc", None):
                # («Ідею зупинитися там, де стоять війська, публічно озвучив Трамп»: a noun put first is the object of
                # the verb of voicing it, whose subject follows that verb)
                # (past what a dash puts in apposition: «Цю ідею — зупинитися там, де стоять війська, — першим озвучив Трамп»)
                opened = cue.end < len(s.words) and s.surfaces[cue.end] in _DASHES and any(
                    s.surfaces[k] in _DASHES for k in range(cue.end + 1, len(s.words)))
                first = next(k for k in range(cue.end + 1, len(s.words)) if s.surfaces[k] in _DASHES) + 1 if opened else cue.end
                end = next((k for k in range(first, len(s.words)) if s.surfaces[k] in _DASHES | {";", ":"}), len(s.words))
                voiced = next((k for k in range(cue.end, end) if s.upos[k] == "VERB"
                               and s.lemmas[k] in _PUT_FORWARD | _VOICE), None)
                # (with what it proposes named between: «Ідею розмови, в якій …, висунули американці» names none)
                if voiced is not None and any(cue.end <= im.start < voiced for im, _, _ in self._kept):
                    for m in mentions:
                        if voiced < m.start <= voiced + 6 and usable(m) and not any(
                                s.upos[k] in ("VERB", "AUX") or s.surfaces[k] == "," for k in range(voiced + 1, m.start)):
                            actor = actor_of(m)
                            if actor is not None:
                                return actor, m, "surface"
            for p in self._possessors(s):
                if cue.start - 2 <= p.end - 1 < cue.start:
                    actor = self.index.get(p.pattern.payload)
                    if actor:
                        return actor, None, "surface"
            if any(s.lemmas[k] in _ROLE_NOUNS for k in cue.tokens):
                # "Belgium is the main opponent of …", «Головним противником … залишається Бельгія», "Merz, its most vocal
                # backer, …", «Бельгія — головний противник …»: who is named the opponent or the backer (as the subject of
                # the linking verb, before or after it, or in apposition) holds the position
                lead = cue.start
                while lead > 0 and s.upos[lead - 1] in ("DET", "ADJ", "ADV", "PRON", "NOUN") and s.surfaces[lead - 1] not in (",", "—") \
                        and cue.start - lead < 4:
                    lead -= 1
                size = len(s.words)
                link = next((k for k in range(max(0, lead - 3), min(size, cue.end + 8)) if s.lemmas[k] in _LINKING), None)
                for m in mentions:
                    if m.actor is None or not m.actor.side or m.kind == "plan":
                        continue
                    named = link is not None and ((link < lead and m.end <= link and link - m.end <= 2)
                                                  or (link > cue.start and link < m.start <= link + 2))
                    apposed = m.end < lead and s.surfaces[m.end] in (",", "—", "–") and m.end + 1 == lead
                    if named or apposed:
                        a = actor_of(m)
                        if a is not None:
                            return a, m, "surface"
            # «його вимога про виведення ЗСУ», "His central demand": a possessive pronoun, past the noun's adjectives, is
            # whose it is — the person it stands for
            for m in mentions:
                if m.kind.startswith("pronoun") and s.surfaces[m.start] in _POSSESSIVE_PRONOUNS and m.end <= cue.start \
                        and cue.start - m.end <= 2 and all(s.upos[k] == "ADJ" for k in range(m.end, cue.start)) \
                        and any(im.start >= cue.end for im, _, _ in self._kept):  # (with what is demanded named after it)
                    # ("The chancellor did not hide his reservations": a person named before it in the clause)
                    named = [o for o in mentions if c_start <= o.start and o.end <= m.start and o.actor is not None
                             and o.actor.label == "PERS"]
                    a = actor_of(named[-1]) if named else actor_of(m)
                    if a is not None:
                        return a, m, "surface"
            for m in mentions:
                if m.kind == "plan" or m.actor is None:
                    continue
                # («привіз до москви пропозицію»: a place the noun's verb goes to is not whose proposal it is)
                # (by where the name ends: "U.S. President Donald Trump's call" is his as much as "Trump's call")
                before = cue.start - 3 <= m.end <= cue.start and not (
                    m.in_pp and s.surfaces[m.end] not in ("'s", "’s")) and not any(
                    s.surfaces[k] in {",", "—"} for k in range(m.end, cue.start))
                after = cue.end <= m.start <= cue.end + 1 and (m.start == cue.end or s.surfaces[cue.end] in ("of", "from"))
                if (before and (m.end == cue.start or s.surfaces[m.end] in ("'s", "’s"))) or after:
                    a = actor_of(_Mention(m.start, m.end, m.actor, m.kind))
                    if a is not None and m.actor.name not in self.lex.media:
                        return a, m, "surface"
            # "talks between U.S. and Ukrainian negotiators ended with agreement on …": the parties agree
            zone_starts, zone_verb, zone_members = self._zone
            if zone_members and cue.start > zone_verb and s.lemmas[cue.start] in ("agreement", "домовленість", "договоренность", "згода"):
                return self._parties_actor(zone_members), None, "surface"
            # a verbless sentence «Головний противник схеми — Бельгія»: its one actor
            if not any(u in ("VERB", "AUX") for u in s.upos):
                cands = [m for m in mentions if m.actor is not None and m.eligible and actor_of(m) is not None]
                if len({actor_of(m).name for m in cands}) == 1:
                    return actor_of(cands[0]), cands[0], "surface"
            return None, None, "surface"
        # 2b. "no readiness in Kyiv", «готовності Києва»: whose readiness is named right after the noun
        if s.lemmas[cue.start] in _READINESS:
            for m in mentions:
                if cue.end <= m.start <= cue.end + 1 and m.actor is not None and (
                        m.start == cue.end or s.surfaces[cue.end] in ("in", "of", "from", "у", "в")):
                    a = actor_of(_Mention(m.start, m.end, m.actor, m.kind))
                    if a is not None:
                        return a, m, "surface"
        # 2c. "both presidents regard a temporary ceasefire, a proposal Kyiv has made, as a way to prolong the war": a
        # verdict after "as" is the regarding verb's subject's, past any apposition on its object
        as_at = next((k for k in range(max(1, c_start - 2), cue.start) if s.surfaces[k] == "as" and s.surfaces[k - 1] == ","),
                     None) if info.kind == "adj" and self.language == "en" else None
        if as_at is not None:
            verb = next((k for k in range(as_at - 1, -1, -1) if s.lemmas[k] in _REGARD and s.upos[k] == "VERB"), None)
            if verb is not None:
                for m in reversed([m for m in mentions if m.end <= verb and usable(m)]):
                    actor = actor_of(m)
                    if actor is not None:
                        return actor, m, "surface"
        # 2d. «У Києва немає права …», «Права віддати землю в Києва немає», «у Москвы нет оснований»: a «немає»,
        # «нет» says who has not by «у»/«в» with the genitive, before or after it in the clause
        if self.language in ("uk", "ru") and any(s.lemmas[k] in _HAS_NOT for k in range(cue.start, cue.end)):
            for m in mentions:
                if c_start <= m.start and m.start > 0 and s.surfaces[m.start - 1] in ("у", "в") \
                        and s.feats[m.start].get("Case") == "Gen" and m.actor is not None and not any(
                            s.surfaces[k] in (",", ";", ":") for k in range(min(m.start, cue.start), max(m.end, cue.end))):
                    a = actor_of(m)
                    if a is not None:
                        return a, m, "surface"
        # 3. nearest usable mention on the left, in the clause; three or more people of one side
        # named together («Мерц, Макрон, Стармер … оприлюднили заяву») hold it as their side
        left = [m for m in mentions if c_start <= m.start and m.end <= cue.start and usable(m)]
        people = {m.actor.name for m in left if m.actor is not None and m.actor.label == "PERS"}
        team = self._team(left) if len(people) >= 3 else None
        zone_starts, zone_verb, zone_members = self._zone
        # (the verb of a cue that opens with its negation is the word after it: «У Москві не відступають від …»)
        head = cue.start + 1 if s.lemmas[cue.start] in _CUE_NEGATIONS and cue.start + 1 < cue.end else cue.start
        plural_verb = self.language in ("uk", "ru") and s.feats[head].get("Number") == "Plur" and \
            s.feats[head].get("VerbForm") == "Fin"
        if self.language in ("uk", "ru") and info.kind == "adj" and not plural_verb:
            # («У Києві такі умови називають неприйнятними»: a verdict under an impersonal plural verb)
            verb = next((k for k in range(cue.start - 1, max(c_start, cue.start - 4) - 1, -1) if s.upos[k] == "VERB"), None)
            plural_verb = verb is not None and s.feats[verb].get("Number") == "Plur" and s.feats[verb].get("VerbForm") == "Fin" \
                and s.feats[verb].get("Person") != "1" and "," not in s.surfaces[verb:cue.start] \
                and not any(s.upos[k] == "NOUN" and s.feats[k].get("Case") == "Nom" and s.feats[k].get("Number") == "Plur"
                            and s.feats[k].get("Animacy") == "Anim" for k in range(c_start, verb))
            # (not with a subject of its own: «В Киеве эксперты называют …»)
        if any(m.actor is not None for m in left):
            # «Зеленський … у спільній заяві висловився за …»: the statement is where, its subject who
            left = [m for m in left if not (m.kind == "statement" and m.in_pp)]
        if info.kind == "adj" and self.language == "en":
            # "Ukraine's membership in NATO is unacceptable": a possessor modifies the subject
            left = [m for m in left if not (m.end < len(s.words) and s.surfaces[m.end] in ("'s", "’s"))]
        if info.kind == "adj" and self.language in ("uk", "ru"):
            # «Присутність військ НАТО … неприйнятна»: a name in the genitive after a noun modifies the subject, and
            # is not the one who finds it unacceptable
            left = [m for m in left if not (m.start > c_start and s.upos[m.start - 1] == "NOUN" and (
                s.feats[m.start].get("Case") == "Gen" or (
                    (s.feats[m.start].get("Case") != "Nom" or s.feats[m.start].get("Abbr") == "Yes")  # («військ НАТО»)
                    and s.feats[m.start - 1].get("Case") == "Gen")))]
        for m in reversed(left):
            if plural_verb and m.start not in zone_starts and (m.kind == "pronoun_person" or (
                    m.actor is not None and m.actor.label == "PERS" and m.kind in ("alias", "fuzzy", "title"))):
                continue  # «… за участі Рубіо домовилися»: one person cannot be the subject of a plural verb
            actor = actor_of(m)
            if actor is not None:
                if m.start in zone_starts and cue.start >= zone_verb:
                    return self._parties_actor(zone_members), m, "surface"  # «Вашингтон і Київ закликали …»
                if team is not None and actor.label == "PERS":
                    return team, m, "surface"
                return self._coordinated(s, m, actor, mentions, usable, actor_of), m, "surface"
        # 3b. an impersonal plural with no subject names its holder by place: «у Вашингтоні пропонують»,
        # «в Кремле считают» (the seat of power stands for its state)
        if self.language in ("uk", "ru") and plural_verb and not any(m.eligible for m in left):
            for m in mentions:  # (or right after the verb: «Ідею відкинули в кремлі»)
                if (c_start <= m.start < cue.start or cue.end + 1 == m.start) and m.in_pp and m.start > 0 and s.surfaces[m.start - 1] in ("у", "в", "во") \
                        and m.actor is not None and (m.actor.stands_for or (m.actor.side and (
                            m.actor.label == "ORG" or m.actor.name == m.actor.side == "Europe"))):
                    # («Цей заклик у Європі підтримали», «в ЄС підтримали»: a bloc or institution holds it itself; a
                    # country is where, «якщо їх розмістять в Україні»)
                    return self.index.get(m.actor.stands_for or m.actor.name) or m.actor, m, "surface"
        # 4. a plan frame in the clause («згідно з планом»)
        for pf in plan_frames:
            if c_start <= pf.start < cue.start or (pf.start > cue.end and pf.start - cue.end < 8):
                plan_m = next((m for m in mentions if m.kind == "plan" and pf.end <= m.start <= pf.end + 1), None)
                # the frame names the plan itself («згідно з планом», "under the plan") or is a relative on it
                # ("under which"); "under a new law", "according to" alone name no plan
                names_plan = any(m.kind == "plan" and pf.start <= m.start < pf.end for m in mentions) \
                    or s.surfaces[pf.end - 1].lower() in _THING_RELATIVES | {"якою", "яким", "которому", "которым", "которой"}
                if plan_m is not None or names_plan:
                    actor = self._plan_actor(s, plan_m or _Mention(pf.start, pf.end, None, "plan"), mentions)
                    if actor is not None:
                        return actor, None, "surface"
        # 4b. an infinitive put first, «Погоджуватися на виведення військ Україна не буде»: the subject after its
        # object, right before the «не» or the verb that governs it
        if self.language in ("uk", "ru") and s.feats[cue.start].get("VerbForm") == "Inf" and cue.start == c_start:
            for m in mentions:
                if m.start >= cue.end and usable(m) and m.kind != "plan" and not m.in_pp and m.end < len(s.words) \
                        and (s.lemmas[m.end] in ("не", "ни") or s.upos[m.end] in ("VERB", "AUX")) \
                        and s.feats[m.start].get("Case") in ("Nom", None) \
                        and not any(s.upos[k] in ("VERB", "AUX") or s.surfaces[k] in (",", ";") for k in range(cue.end, m.start)):
                    actor = actor_of(m)
                    if actor is not None:
                        return actor, m, "surface"
                    break
        # 5. a mention right after the cue («Цю ідею просуває Єврокомісія», «… обстоюють Київ і європейці»)
        for m in mentions:
            if cue.end <= m.start <= cue.end + 2 and usable(m) and m.kind != "plan" and not any(
                    s.surfaces[k] in {",", "."} for k in range(cue.end, m.start)):
                actor = actor_of(m)
                if actor is not None:
                    return self._coordinated(s, m, actor, mentions, usable, actor_of), m, "surface"
        # 6. a subject relative clause ("Erdogan, who urged …", «Бельгії, яка вимагала …»): its antecedent
        if rel is not None and s.lemmas[rel[0]] in _SUBJECT_RELATIVES and s.feats[rel[0]].get("Case") in (None, "Nom") \
                and not any(rel[0] <= m.start < cue.start and m.eligible for m in mentions):
            before = [m for m in mentions if m.end in (rel[0], rel[0] - 1) and m.actor is not None and m.kind != "plan"]
            if before:
                actor = actor_of(_Mention(before[-1].start, before[-1].end, before[-1].actor, before[-1].kind))
                if actor is not None:
                    return actor, before[-1], "surface"
        # 6a. «заяву, в якій ідеться про …», "a statement in which …": the statement the clause hangs on
        if rel is not None and not any(rel[0] <= m.start < cue.start and m.eligible for m in mentions):
            stmt = _statement_before(s, rel[0], mentions)
            if stmt is not None:
                actor = actor_of(stmt) if stmt.actor is None else (self.index.get(stmt.actor.holder) or stmt.actor)
                if actor is not None:
                    return actor, stmt, "surface"
        # 6b. a document verb in a relative clause after a plan ("the 28-point plan that leaked last week, which
        # provides for …", «план, який передбачає …»): the plan's proposer
        if rel is not None and info.document and s.lemmas[rel[0]] in _SUBJECT_RELATIVES | _THING_RELATIVES:
            plan_m = next((m for m in reversed(mentions) if m.kind == "plan" and rel[0] - 8 <= m.end <= rel[0]), None)
            if plan_m is not None and any(key == "peace_plan_overall" and im.tokens & set(range(plan_m.start, plan_m.end))
                                          for im, key, _ in self._kept):  # the peace plan, not «законодавчі пропозиції»
                actor = self._plan_actor(s, plan_m, mentions)
                if actor is not None:
                    return actor, plan_m, "surface"
        # 7. the speaker of the reported speech the cue sits in
        if frame is not None and frame.speaker is not None:
            return frame.speaker, None, "surface"
        # 8. «неприйнятна для москви», "unacceptable to Moscow": whom a verdict holds for, with no one else to say it
        if info.kind == "adj":
            for m in mentions:
                if cue.end + 1 == m.start and s.lemmas[cue.end] in ("для", "for", "to") and m.actor is not None and m.actor.side:
                    actor = actor_of(_Mention(m.start, m.end, m.actor, m.kind))
                    if actor is not None:
                        return actor, m, "surface"
        return None, None, "surface"

    def _coordinated(self, s: _Sentence, m: _Mention, actor: Actor, mentions, usable, actor_of) -> Actor:
        """The holder ``m`` names, joined with the actors coordinated with it by «і», «та», "and" on either
        side («обстоюють Київ і європейські партнери», "a pause that Kyiv and European governments have
        floated"): coordinated subjects hold the position together. Only a lone conjunction may stand
        between two of them."""
        def joined(edge, step):  # the mention a conjunction joins to ``edge`` on the right (1) or left (-1)
            k = edge.end if step == 1 else edge.start - 1  # where that conjunction stands
            if step == -1 and k > 0 and s.surfaces[k] in _POSSESSIVES:
                k -= 1  # «киевский режим и его европейские покровители»
            if not (0 < k < len(s.words)) or s.surfaces[k] not in _AND:
                return None
            after = k + 2 if step == 1 and k + 1 < len(s.words) and s.surfaces[k + 1] in _POSSESSIVES else k + 1
            return next((o for o in mentions if (o.start == after if step == 1 else o.end == k)), None)

        group = [actor]
        for step in (1, -1):
            edge = joined(m, step)
            # (a conjunct takes the case of the first: «Киев и европейские столицы» is no genitive, whatever the
            # dictionary guessed for «столицы»)
            while edge is not None and (usable(edge) or (edge.kind in ("alias", "reference") and not edge.in_pp)) \
                    and edge.kind != "plan" and (other := actor_of(edge)) is not None:
                group.append(other)
                edge = joined(edge, step)
        names = {(self.index.get(a.holder) or a).name for a in group}
        return actor if len(names) < 2 else self._parties_actor(group)

    def _predicate_demands(self, s, found, kept, results, mentions, source) -> list:
        """«Вихід ЗСУ з Донбасу залишається для москви принциповою вимогою», «є вимогою Москви», "remains
        Moscow's key demand", "is a key Russian demand": a measure said to be someone's demand is demanded by them
        (the noun stands after a link verb; its owner is «для X», a genitive after it, or a possessor before it)."""
        n = len(s.words)
        for p in range(2, n):
            # (or a necessary condition: «остается для Москвы принципиальным условием»)
            if s.lemmas[p] not in _DEMAND_NOUNS and not (s.lemmas[p] in _PRECONDITIONS and _necessary(s, p - 1)):
                continue
            link = p - 1
            while link > 0 and p - link <= 4 and (s.upos[link] in ("ADJ", "DET", "PROPN", "ADP", "NOUN", "PART")):
                link -= 1
            if s.lemmas[link] not in _LINK_VERBS or any(s.lemmas[k] in _NEGATORS for k in range(max(0, link - 2), p)):
                continue  # («… не є вимогою Москви», "is not Moscow's demand")
            before = [(i, k, g) for i, k, g in found if kept[i][0].end <= link and not any(
                s.surfaces[t] in (",", ";") or (s.upos[t] in ("VERB", "AUX") and t != link) for t in range(kept[i][0].end, link))]
            if not before or any(st.issue == before[-1][1] for st in results):
                continue
            # the owner: «для москви» or "Moscow's" between the link and the noun, a genitive right after the noun,
            # or a possessor adjective ("a key Russian demand", «російською вимогою»)
            owner = next((m for m in mentions if m.actor is not None and m.actor.side and (
                link < m.start < p or m.start == p + 1)), None)
            actor = None
            if owner is not None:
                actor = self.index.get(owner.actor.holder) or owner.actor
            else:
                poss = next((pm for pm in self._possessors(s) if link < pm.start < p), None)
                actor = self.index.get(poss.pattern.payload) if poss is not None else None
            if actor is None:
                continue
            idx, key, sign = before[-1]
            pol = "support" if resolve_sign(sign, self.lex.issues[key], actor.side) > 0 else "oppose"
            results.append(self._stance(s, actor, key, pol, None, source, None, None, "surface"))
        return results

    def _listed_documents(self, s, found, kept, results, frames, mentions, cues, context_people, blocked, source) -> list:
        """«Обидва переговірники пишуть про роботу над чотирма документами. Перший — 20-пунктний мирний план.
        Другий і третій — рамки гарантій безпеки», "They worked on four documents: the 20-point plan, …": the
        documents those who worked on them go on to list are theirs. A sentence that names work on documents
        (plural) keeps its holders for the next two sentences; a sentence there that only lists (no holder, no
        attitude word, no speaker of its own) gives each issue it names to them; a list after a colon in the
        same sentence does the same."""
        n = len(s.words)
        # (the noun by its form, as the dictionary reads «роботу» as «робот»; past an adverb: «працювали одразу над
        # чотирма документами»)
        work = next((k for k in range(n - 2) if (s.lemmas[k] in _WORK_ON or s.surfaces[k].startswith(("робот", "работ")))
                     and (s.lemmas[k + 1] in ("над", "on") or (s.upos[k + 1] == "ADV" and s.lemmas[k + 2] in ("над", "on")))
                     and any(s.lemmas[j] in _LISTED_DOCUMENTS and s.feats[j].get("Number") == "Plur"
                             for j in range(k + 2, min(n, k + 6)))), None)
        if work is None and self.language == "en":
            work = next((k for k in range(n - 2) if s.lemmas[k] == "work" and s.surfaces[k + 1] == "on" and any(
                s.surfaces[j] in ("documents", "texts") for j in range(k + 2, min(n, k + 5)))), None)
        own = [m for m in mentions if m.eligible and m.actor is not None and m.actor.side and m.kind != "plan"]
        speakers = [f.speaker for f in frames if f.speaker is not None]
        if work is not None:
            holders = speakers or [a for m in mentions if m.eligible and m.end <= work
                                   for a in [self._resolve(m, context_people)] if a is not None and a.side]
            if not holders and self.state.authors and self.state.authors_age <= 1:
                holders = [self._parties_actor(self.state.authors)]  # «В обоих говорится о работе над …»: the statements
            colon = next((k for k in range(work, n) if s.surfaces[k] == ":"), None)
            if holders:
                self.state.workers, self.state.workers_age = tuple(dict.fromkeys(holders)), -1
                if colon is not None and not blocked:  # "… worked on four documents: the plan, …"
                    found = [f for f in found if kept[f[0]][0].start > colon]
                else:
                    return results
            else:
                return results
        elif not (self.state.workers and self.state.workers_age <= 1) or blocked or own or speakers or cues:
            return results
        for idx, key, sign in found:
            for actor in self.state.workers:
                if any(st.actor == actor.name and st.issue == key for st in results):
                    continue
                pol = "support" if resolve_sign(sign, self.lex.issues[key], actor.side) > 0 else "oppose"
                results.append(self._stance(s, actor, key, pol, None, source, None, None, "surface"))
        return results

    def _proposed_by(self, s, found, kept, results, mentions, source) -> list:
        """"the cap of 600,000 troops proposed by Washington", «запропоновані Вашингтоном гарантії», «предложенные
        Вашингтоном гарантии», «обмеження, запропоноване Вашингтоном,»: whoever a measure is proposed by stands
        behind it, whatever the sentence then says about it."""
        n = len(s.words)
        for idx, key, sign in found:
            im = kept[idx][0]
            if key == "peace_plan_overall":
                continue  # (who drafted the plan is the plan rules' business)
            if self.language == "en":
                # the participle right after the measure (or its comma), "by", then the proposer
                spots = [k for k in (im.end, im.end + 1) if k + 1 < n and s.lemmas[k] in _PROPOSE_EN and s.upos[k] == "VERB"
                         and s.surfaces[k].endswith("ed") and s.surfaces[k + 1] == "by" and (k == im.end or s.surfaces[im.end] == ",")]
                agents = [k + 2 for k in spots]
            else:
                # the participle right before the measure or right after its comma, its agent in the instrumental
                # (after the measure's noun phrase, «обмеження армії до 600 тисяч, запропоноване Вашингтоном,»)
                comma = next((k for k in range(im.end, min(n, im.end + 5)) if s.surfaces[k] == ","), None)
                if comma is not None and any(s.upos[k] in ("VERB", "AUX") for k in range(im.end, comma)):
                    comma = None
                spots = [k for k in (im.start - 2, im.start - 1) + ((comma + 1,) if comma is not None else ())
                         if 0 <= k < n - 1 and s.surfaces[k].lower().startswith(_PROPOSED_PART)]
                # («предлагаемое Киевом и европейцами временное прекращение огня»: the agents between the participle
                # and the measure, past its adjectives)
                lead = im.start
                while lead > 0 and s.upos[lead - 1] == "ADJ" and not s.surfaces[lead - 1].lower().startswith(_PROPOSED_PART):
                    lead -= 1
                spots += [k for k in range(max(0, lead - 8), lead - 2) if s.surfaces[k].lower().startswith(_PROPOSED_PART)
                          and all(s.lemmas[j] in _AND or any(m.start <= j < m.end and m.actor is not None for m in mentions)
                                  for j in range(k + 1, lead))]
                agents = [k + 1 for k in spots if s.feats[k + 1].get("Case") == "Ins" or self.language == "uk"
                          and s.surfaces[k + 1].lower().endswith(("ом", "ою", "ами", "ем"))]
            for a in agents:
                m = next((m for m in mentions if m.start == a and m.actor is not None and m.actor.side), None)
                chain = []
                while m is not None:  # («запропоноване Україною та європейськими партнерами»: each of them)
                    chain.append(m)
                    m = next((o for o in mentions if m.end < n and s.lemmas[m.end] in _AND and (o.start == m.end + 1 or (
                        o.start == m.end + 2 and s.upos[m.end + 1] in ("DET", "PRON"))) and o.actor is not None and o.actor.side), None)
                for m in chain:
                    actor = self.index.get(m.actor.holder) or m.actor
                    if any(st.actor == actor.name and st.issue == key for st in results):
                        continue
                    pol = "support" if resolve_sign(sign, self.lex.issues[key], actor.side) > 0 else "oppose"
                    results.append(self._stance(s, actor, key, pol, None, source, None, None, "surface"))
        return results

    def _preconditions(self, s, found, kept, results, frames, mentions, context_people, source) -> list:
        """«Кремль розглядає вихід ЗСУ з Донбасу як передумову для будь-якого припинення вогню», "made the
        withdrawal a precondition for a ceasefire", «вибори — необхідна умова для підписання угоди»: a measure
        named a precondition of another is demanded, and the other is accepted only on that condition. The
        holder is whoever already holds the first measure here, else the speaker, else the subject before it."""
        n = len(s.words)
        for p in range(1, n - 1):
            if s.lemmas[p] not in _PRECONDITIONS:
                continue
            # (the measure's own words may run on, «вихід ЗСУ з Донбасу як передумову»; a verb other than a link
            # or a comma between them starts something else)
            before = [(i, k, g) for i, k, g in found if kept[i][0].end <= p and not any(
                s.upos[t] in ("VERB", "AUX") and s.lemmas[t] not in _LINKS or s.surfaces[t] in (",", ";")
                for t in range(kept[i][0].end, p))]
            after = [(i, k, g) for i, k, g in found if p < kept[i][0].start <= p + 3 and s.lemmas[p + 1] in _FOR_OF
                     and all(s.upos[t] in ("DET", "ADJ", "PRON") for t in range(p + 2, kept[i][0].start))]
            # (a necessary condition needs no «для»: «непременным условием любой договоренности», «остается
            # принципиальным условием.», "an essential condition of a settlement")
            necessary = _necessary(s, p - 1)
            fronted = not before and necessary and s.feats[p].get("Case") == "Ins"
            if fronted:
                # «Непременным условием мира в Москве считают отказ Украины от НАТО», «Головною умовою Кремль називає
                # вихід ЗСУ з Донбасу»: the precondition put first, the measure after the verb that names it so
                before = [(i, k, g) for i, k, g in found if kept[i][0].start > p
                          and any(s.lemmas[t] in _LINKS for t in range(p + 1, kept[i][0].start))
                          and not any(s.surfaces[t] in (",", ";", ":", "—") for t in range(p + 1, kept[i][0].start))][:1]
                after = []
            if not before or (s.lemmas[p + 1] not in _FOR_OF and not necessary) or (after and before[-1][1] == after[0][1]):
                continue
            # (not a precondition denied, «не може бути передумовою», "is not a precondition", nor one rejected or
            # denied as such: «Україна відкидає виведення військ як передумову», "denied that … was a precondition")
            start = kept[before[-1][0]][0].start
            if any(s.lemmas[k] in _NEGATORS for k in range(max(0, p - 4), p)) or any(
                    s.lemmas[k] in _DENY_FACT or (s.lemmas[k] in _REJECT_VERBS) for k in range(0, start)):
                continue
            # ("a condition of any settlement", «умова для будь-якої угоди»: a condition of every deal demands; a
            # condition «для підписання угоди» may be any term)
            of_deal = p + 2 < n and s.lemmas[p + 1] in _FOR_OF and s.lemmas[p + 2] in _ANY_WORDS and any(
                s.lemmas[j] in _ANY_DEAL_NOUNS for j in range(p + 3, min(n, p + 5)))
            if s.lemmas[p] in ("умова", "условие", "condition") and not after and not (
                    _necessary(s, p - 1)) and not of_deal:
                continue  # a plain «умова» of something that is no issue may be any term; «необхідна умова» demands
            xi, xkey, xsign = before[-1]
            # (the one who treats it so, the subject inside the frame, before the speaker: "Russia treats sanctions
            # relief as a precondition …, Zelensky said")
            holder = next((self.index.get(st.actor) for st in results if st.issue == xkey), None)
            at = kept[xi][0].start if fronted else p
            frame = next((f for f in frames if f.start <= at < f.end and f.speaker is not None), None)
            if holder is None:
                # (not a possessor of the measure, "Ukraine's non-aligned status … , Ryabkov said")
                subject = next((m for m in mentions if m.eligible and m.end <= kept[xi][0].start and m.actor is not None
                                and (frame is None or frame.start <= m.start)
                                and not (m.end < n and s.surfaces[m.end] in ("'s", "’s"))), None)
                holder = self._resolve(subject, context_people) if subject is not None else None
                holder = (self.index.get(holder.holder) or holder) if holder is not None and holder.side else None
            if holder is None and frame is not None:
                holder = frame.speaker
            if holder is None:
                continue
            if not any(st.actor == holder.name and st.issue == xkey for st in results):
                pol = "support" if resolve_sign(xsign, self.lex.issues[xkey], holder.side) > 0 else "oppose"
                results.append(self._stance(s, holder, xkey, pol, None, source, None, None, "surface"))
            if after:  # (a precondition of something that is no issue, «для підписання угоди», still demands)
                ykey = after[0][1]
                condition = " ".join(w.text for w in s.words[kept[xi][0].start:kept[xi][0].end])
                results = [st for st in results if not (st.actor == holder.name and st.issue == ykey)]
                results.append(self._stance(s, holder, ykey, "conditional", condition, source, None, None, "surface"))
        return results

    def _stance(self, s, actor: Actor, issue, polarity, condition, source, speaker, cue, method) -> Stance:
        # a place or body that speaks for a state holds the state's position («Київ заявив» -> Ukraine)
        actor = self.index.get(actor.holder) or actor
        a = self.article
        return Stance(article_id=a.id, outlet=a.outlet_label, language=a.language, published=a.published,
                      actor=actor.name, side=actor.side, issue=issue, polarity=polarity, condition=condition,
                      evidence=s.text, start_char=s.start_char, end_char=s.end_char, source=source,
                      speaker=speaker, cue=cue, method=method)


def _dedupe(stances: list[Stance]) -> list[Stance]:
    """One stance per sentence, actor and issue: a conditional one wins over a plain support."""
    best: dict[tuple, Stance] = {}
    order = []
    rank = {"conditional": 2, "oppose": 1, "support": 0}
    for st in stances:
        key = (st.article_id, st.start_char, st.actor, st.issue)
        if key not in best:
            best[key] = st
            order.append(key)
        elif rank[st.polarity] > rank[best[key].polarity] and best[key].polarity != "oppose":
            best[key] = st
    return [best[k] for k in order]


def extract_article_stances(article, doc, *, index=None, own_side_speaker: bool = True, learned: bool = True) -> list[Stance]:
    """The stances of one article (an :class:`~stanceline.articles.Article` and its stanza Document).
    ``own_side_speaker`` and ``learned``: see :func:`extract_stances`."""
    if not learned:
        return _Extractor(article, doc, index=index, own_side_speaker=own_side_speaker).run()
    from .stances_learned import apply_stance_model, build_stance_candidates, load_stance_model

    model = load_stance_model()
    stances, candidates = build_stance_candidates(article, doc, index=index, own_side_speaker=own_side_speaker,
                                                  with_ruled=True)
    if model is None:
        return stances
    return apply_stance_model(model, stances, candidates, article)


def stances_to_frame(stances: Iterable[Stance]) -> pd.DataFrame:
    """A list of :class:`Stance` as a tidy DataFrame with :data:`STANCE_COLUMNS`."""
    return pd.DataFrame([asdict(s) for s in stances], columns=STANCE_COLUMNS)


def extract_stances(corpus, annotations, *, own_side_speaker: bool = True, learned: bool = True) -> pd.DataFrame:
    """Stances of every article of ``corpus``, one row per stance (columns :data:`STANCE_COLUMNS`).

    Args:
        corpus: a :class:`~stanceline.articles.Corpus` (or list of articles).
        annotations: their :class:`~stanceline.annotate.Annotations` from either annotator; when the
            documents carry a dependency parse (stanza with ``depparse``), cue holders come from
            ``nsubj`` relations, otherwise from word order and morphology.
        own_side_speaker: when a person reports a position of their own side («Пєсков нагадав, що
            Москва виступає проти»), the person is the actor (the project's gold convention, as in
            the seed); ``False`` keeps the state or body the clause names («Москва») and puts the
            person in ``speaker``.
        learned: after the rules, let the classifier of :mod:`stanceline.stances_learned` read the
            sides the rules gave no position on an issue they found (rows with ``method='learned'``),
            and drop the rule rows it finds all but impossible (its ``veto``). ``False`` gives the
            rules alone.

    Returns:
        DataFrame with ``article_id, outlet, language, published, actor, side, issue, polarity,
        condition, evidence, start_char, end_char, source, speaker, cue, method``; offsets are those
        of the evidence sentence in the article body.
    """
    index = load_actors()
    rows: list[Stance] = []
    for article in corpus:
        doc = annotations.documents.get(article.id)
        if doc is None:
            continue
        rows.extend(extract_article_stances(article, doc, index=index, own_side_speaker=own_side_speaker, learned=learned))
    return stances_to_frame(rows)
