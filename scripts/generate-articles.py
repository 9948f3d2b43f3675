#!/usr/bin/env python3
"""Synthetic news stream for Parallax: fictional articles as JSONL, for clustering benchmarks.

Usage:
    python3 scripts/generate-articles.py --count 10000 --seed 1 > /tmp/articles.jsonl
    python3 scripts/generate-articles.py --count 1000000 --seed 7 --gold /tmp/gold.jsonl > /tmp/big.jsonl

Each output line is one article: {"id", "title", "text", "outlet", "published", "authors", "url"}.
About count/20 fictional events (fires, floods, elections, strikes, mergers, trials, launches, ...)
are spread over --days days from --start; an event's articles appear within a few days of it, come
from different fictional outlets and share its names, places, numbers and key terms, while events of
the same type share only the type's vocabulary. Event sizes are skewed: a few big stories, many
small ones, some covered once. A few articles misreport a number, as real outlets do.

--gold FILE writes {"id": ..., "event": ...} lines giving each article's true event.
Output is deterministic for a given --seed and options. Python 3 standard library only; articles are
streamed to stdout in publication order.
"""

import argparse
import bisect
import datetime
import json
import random
import re
import sys

# ---------------------------------------------------------------------------------------------
# Names built from syllables

ONSETS = ["b", "br", "c", "d", "dr", "f", "g", "gr", "h", "k", "kr", "l", "m", "n", "p", "pr",
          "r", "s", "st", "t", "tr", "v", "w", "z", "sh", "th", "ch", "sk", "fl", "gl"]
VOWELS = ["a", "e", "i", "o", "u", "a", "e", "o", "a", "e", "i", "ai", "ei", "ou", "y"]
CODAS = ["", "", "", "", "n", "r", "l", "s", "th", "nd", "rn", "st", "m", "v", "rk", "lt"]
PLACE_SUFFIXES = ["ford", "by", "holm", "wick", "stad", "mere", "ton", "dal", "burg", "ness", "vik",
                  "port", "field", "haven", "brook", "moor", "gate", "ley", "mouth", "vale"]
FIRST_ENDINGS = ["a", "o", "en", "is", "ia", "an", "el", "ine", "or", "et", "us", "ie", "ard", "ette"]
SURNAME_ENDINGS = ["son", "sen", "ova", "ez", "ani", "well", "ard", "ley", "ström", "ic", "ner",
                   "ford", "berg", "oux", "etti", "mann", "ade", "ington", "ow", "ski"]
OUTLET_KINDS = ["Herald", "Courier", "Post", "Gazette", "Observer", "Times", "Ledger", "Chronicle",
                "Tribune", "Standard", "Mercury", "Dispatch", "Sentinel", "Examiner", "Journal"]
COMPANY_SUFFIXES = ["ex", "ia", "on", "ara", "ico", "ent", "ora", "ium", "ax", "ela"]
COMPANY_KINDS = ["Holdings", "Group", "Logistics", "Energy", "Foods", "Systems", "Industries",
                 "Pharma", "Telecom", "Motors", "Mining", "Bank", "Airlines", "Shipping", "Retail"]
PARTY_WORDS = [("People's", "Party"), ("Democratic", "Alliance"), ("Civic", "Union"),
               ("National", "Movement"), ("Green", "League"), ("Liberal", "Front"),
               ("Labour", "Party"), ("Reform", "Bloc"), ("Progressive", "Coalition"),
               ("Conservative", "Union"), ("Agrarian", "Party"), ("Social", "Forum")]
RIVER_PREFIX = ["River", "the"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def word(rng, syllables):
    out = []
    for _ in range(syllables):
        out.append(rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(CODAS))
    return "".join(out)


def place_name(rng):
    if rng.random() < 0.65:
        return (word(rng, 1) + rng.choice(PLACE_SUFFIXES)).capitalize()
    return word(rng, 2).capitalize()


def person_name(rng):
    first = (rng.choice(ONSETS) + rng.choice(VOWELS) + rng.choice(["", "l", "r", "n", "v", "d"])
             + rng.choice(FIRST_ENDINGS)).capitalize()
    last = (word(rng, 1 if rng.random() < 0.7 else 2) + rng.choice(SURNAME_ENDINGS)).capitalize()
    return first + " " + last


def company_name(rng):
    return (word(rng, rng.randint(1, 2)) + rng.choice(COMPANY_SUFFIXES)).capitalize() + " " + rng.choice(COMPANY_KINDS)


def slug(text):
    out = []
    dash = False
    for ch in text.lower():
        if ch.isalnum() and ch.isascii():
            out.append(ch)
            dash = False
        elif not dash:
            out.append("-")
            dash = True
    return "".join(out).strip("-")[:80]


def fmt_number(n):
    return f"{n:,}"


def round_count(n):
    """Counts as news reports them: 34,611 becomes 35,000 and 487 becomes 490."""
    if n >= 1000:
        step = 10 ** (len(str(n)) - 2)
        return (n + step // 2) // step * step
    if n >= 200:
        return (n + 5) // 10 * 10
    return n


# ---------------------------------------------------------------------------------------------
# Event types: each has its own vocabulary, titles, sentences and quotes.
# Slots common to every type: place, region, country, capital, river, official, official_role,
# expert, expert_role, witness, witness_desc, org, org_short, n1, n2, money, obj, cause, when,
# weekday, date, noun (what happened, e.g. "fire"), outlet.

TYPES = {}


def event_type(name, **spec):
    TYPES[name] = spec


event_type(
    "fire",
    noun=["fire", "blaze"],
    obj=["warehouse", "apartment block", "textile mill", "sawmill", "shopping centre", "cold-storage depot",
         "paint factory", "hotel", "timber yard", "bus depot", "recycling plant", "market hall"],
    cause=["an electrical fault", "a gas leak", "discarded cigarettes", "an overheated battery store",
           "welding work on the roof", "a faulty heater"],
    org=["the {place} Fire and Rescue Service", "the {region} Fire Brigade", "the {place} Fire Department"],
    official_role=["the fire chief", "the chief fire officer", "the incident commander"],
    expert_role=["a fire-safety engineer at the University of {capital}", "a building-safety consultant",
                 "a former fire investigator"],
    n1=(20, 900), n2=(2, 40), money=(1, 60),
    titles=["Fire destroys {obj} in {place}", "{n1} evacuated as blaze sweeps through {place} {obj}",
            "Huge fire at {place} {obj} brought under control",
            "Investigators search for cause of {place} {obj} fire"],
    leads=["A large fire tore through {a_obj} in {place} {when}, forcing the evacuation of {n1} people and sending a column of black smoke over {region}.",
           "Firefighters battled for hours {when} to contain a blaze at {a_obj} in {place}, where {n1} residents and workers were evacuated.",
           "{n1} people were evacuated {when} after fire broke out at {a_obj} in the {region} town of {place}."],
    body=["{n2} people were treated for smoke inhalation and {injured} were taken to hospital, according to {org}.",
          "More than {crews} fire crews were sent to the {obj}, and the roof collapsed shortly after midnight.",
          "Investigators believe the fire may have been started by {cause}, although {official_role} said it was too early to be certain.",
          "{org} said the flames spread quickly because the {obj} was full of flammable material.",
          "Residents of nearby streets were told to keep their windows closed because of the smoke.",
          "Damage to the {obj} is estimated at {money} {currency}, the owner said.",
          "The {obj} had passed a fire inspection {inspected_when}, according to records from the {place} council.",
          "Police closed several roads around the site and said the cordon would remain in place for several days.",
          "Fire crews remained at the scene to damp down hotspots, and investigators are expected to enter the building once it is safe.",
          "{official}, {official_role}, praised the firefighters who worked through the night in difficult conditions.",
          "Local businesses offered food and shelter to the evacuated families, and a temporary centre was opened at a school in {place}.",
          "The fire is the {ordinal} serious blaze at an industrial site in {region} this year.",
          "Firefighters used water pumped from the {river} after hydrants in the area lost pressure."],
    quotes={"official": ["The fire spread faster than anyone expected, and my crews did an extraordinary job to keep it from reaching the houses",
                         "We will not know what started this fire until the investigators have been inside",
                         "Please stay away from the area and keep your windows shut until we tell you otherwise"],
            "witness": ["We heard a bang and then the whole roof was on fire. We just ran",
                        "I have lived here for twenty years and I have never seen smoke like that",
                        "The firefighters knocked on every door. They saved a lot of people tonight"],
            "expert": ["Buildings like this are full of fuel, and once a fire gets into the roof space it is very hard to stop",
                       "The question is whether the sprinklers and alarms were working when the fire started"]},
    indirect=["the fire had been contained but could flare up again",
              "the cause of the fire would be established by a full investigation"],
)

event_type(
    "flood",
    noun=["flooding", "flood"],
    obj=["river embankment", "flood barrier", "old town", "harbour district", "valley", "riverside estate",
         "industrial zone", "farmland", "ring road", "railway line"],
    cause=["days of torrential rain", "a sudden thaw", "a storm surge", "a burst levee", "rainfall twice the monthly average"],
    org=["the {region} Emergency Management Agency", "the {country} Water Authority", "the {place} Civil Protection Office"],
    official_role=["the regional governor", "the mayor of {place}", "the head of civil protection"],
    expert_role=["a hydrologist at the University of {capital}", "a flood-risk engineer", "a climate scientist"],
    n1=(300, 25000), n2=(3, 200), money=(5, 400),
    titles=["Floods force {n1} from their homes in {place}", "{river} bursts its banks, swamping {place}",
            "State of emergency declared as floods hit {region}", "{place} counts the cost of flooding"],
    leads=["Floodwater swept through {place} {when} after the {river} burst its banks, forcing {n1} people from their homes.",
           "Authorities in {region} declared a state of emergency {when} as the {river} rose above its banks and flooded {place}.",
           "{n1} residents of {place} were evacuated {when} as flooding caused by {cause} hit the {obj}."],
    body=["Rescue teams used boats to reach {n2} people trapped on the upper floors of their homes.",
          "The water level of the {river} rose by more than {metres} metres in twenty-four hours, according to {org}.",
          "Schools across {region} were closed and the main railway line to {capital} was suspended.",
          "{org} said the flooding was caused by {cause} and warned that more rain was expected.",
          "Emergency shelters were opened in sports halls and schools, where volunteers handed out blankets and food.",
          "Farmers said thousands of hectares of crops had been ruined by the water.",
          "Damage across {region} is estimated at {money} {currency}, according to early figures.",
          "{official}, {official_role}, said the army had been asked to help reinforce the {obj}.",
          "The last major flood in {place} was {past_year_phrase}, when the {river} rose to a similar level.",
          "Drinking water in several districts was declared unsafe and bottled water was being distributed.",
          "Residents criticised the speed of the warnings, saying the sirens sounded only after the water arrived.",
          "Forecasters said the river was expected to peak overnight before slowly falling.",
          "Power was cut to thousands of homes as substations were switched off to protect them from the water."],
    quotes={"official": ["The water came up faster than any of our models predicted",
                         "Nobody should try to drive through floodwater. It only takes a few centimetres to sweep a car away",
                         "We will rebuild, but first we have to get everyone to safety"],
            "witness": ["The water was at my knees in the kitchen within ten minutes",
                        "We lost everything on the ground floor. The furniture, the photographs, everything",
                        "Our neighbours pulled us out with a rowing boat"],
            "expert": ["The defences were designed for a flood that we now see every few years",
                       "Warmer winters mean more rain falls in short bursts, and rivers like this cannot cope"]},
    indirect=["the water level was expected to fall over the next two days",
              "the flood defences had been built for a much smaller flood"],
)

event_type(
    "election",
    noun=["election", "vote"],
    obj=["parliamentary election", "presidential election", "regional election", "mayoral election", "referendum"],
    cause=["a dispute over the vote count", "allegations of ballot stuffing", "a record turnout",
           "a late surge for the opposition", "a boycott by the main opposition party"],
    org=["the {country} Central Election Commission", "the {region} Electoral Board", "the Election Commission of {country}"],
    official_role=["the head of the election commission", "the commission's chairman", "the interior minister"],
    expert_role=["a political scientist at the University of {capital}", "an election observer", "a polling analyst"],
    n1=(35, 89), n2=(2, 40), money=(1, 20),
    titles=["{party_a} claims victory in {country} {obj}", "Opposition disputes result of {country} {obj}",
            "{candidate_a} leads as votes are counted in {country}", "Turnout hits {n1} percent in {country} {obj}"],
    leads=["{candidate_a} of the {party_a} claimed victory in {country}'s {obj} {when}, as preliminary results gave the party a clear lead.",
           "Voters in {country} went to the polls {when} in {a_obj} overshadowed by {cause}.",
           "The {party_b} refused to accept the result of {country}'s {obj} {when}, accusing the government of manipulating the count."],
    body=["Turnout was {n1} percent, according to {org}.",
          "With most ballots counted, the {party_a} had won about {share_a} percent of the vote and the {party_b} {share_b} percent.",
          "{candidate_b}, the leader of the {party_b}, said the party would challenge the results in {n2} districts.",
          "International observers said the vote was generally orderly but noted problems with voter lists in {region}.",
          "Supporters of the {party_a} gathered in the centre of {capital} to celebrate, waving flags and setting off fireworks.",
          "The campaign was dominated by the cost of living, corruption and relations with neighbouring countries.",
          "{official}, {official_role}, said final results would be published within a week.",
          "{org} said it had received complaints about {cause} and would investigate each of them.",
          "Police in {capital} said the night had passed without serious incidents.",
          "The {party_a} has governed {country} since {past_year}, apart from a brief interruption.",
          "Analysts said the new government would need coalition partners to pass its budget.",
          "Polling stations in {place} stayed open late because of long queues.",
          "The result will be formally confirmed once the commission has reviewed the disputed ballots."],
    quotes={"official": ["The count has been transparent and every observer has had full access",
                         "Any complaint will be examined, but the result reflects the will of the voters",
                         "We ask all parties to wait for the official figures"],
            "witness": ["I voted because I want my children to stay in this country",
                        "Nothing changes whoever wins, but I still came to vote",
                        "The queue went round the block, I have never seen anything like it"],
            "expert": ["This is the clearest result in a generation, but the coalition arithmetic is still difficult",
                       "The opposition's complaints will not change the result, but they will shape the next parliament"]},
    indirect=["the count had been conducted according to the law",
              "the opposition's complaints would be examined before the results were certified"],
)

event_type(
    "strike",
    noun=["strike", "walkout"],
    obj=["port", "railway network", "airport", "car plant", "hospital system", "postal service",
         "bus network", "steelworks", "mines", "refinery", "school system", "container terminal"],
    cause=["a pay dispute", "plans to cut jobs", "changes to shift patterns", "a pension reform",
           "the dismissal of a union representative"],
    org=["{union}", "the {place} Workers' Federation", "the {country} Transport Union"],
    official_role=["the union's general secretary", "the union's chief negotiator", "a union organiser"],
    expert_role=["a labour economist at the University of {capital}", "a trade analyst", "an industrial-relations expert"],
    n1=(200, 40000), n2=(2, 15), money=(2, 300),
    titles=["Strike shuts {place} {obj}", "{n1} workers walk out at {place} {obj}",
            "Talks fail to end {obj} strike in {place}", "{union} extends strike at {place} {obj}"],
    leads=["{n1} workers at the {obj} in {place} walked out {when} in {cause}, bringing operations to a halt.",
           "A strike by {n1} staff shut the {place} {obj} {when}, after talks between {union} and management broke down.",
           "Operations at the {place} {obj} were paralysed {when} as {n1} employees went on strike over {cause}."],
    body=["{union} said the strike would last {n2} days unless management made a new offer.",
          "Management at {company} said the walkout was costing about {money} {currency} a day.",
          "{official}, {official_role}, said members had voted overwhelmingly for the action.",
          "Picket lines formed outside the main gates early in the morning, and police said the protest was peaceful.",
          "The dispute began {past_phrase}, when the company announced {cause}.",
          "Talks mediated by the labour ministry are expected to resume later this week.",
          "Business groups warned that a long strike would hurt exporters across {region}.",
          "A spokesperson for {company} said the company's offer was fair and final.",
          "The last strike at the {obj} lasted nine days and ended with a pay rise.",
          "Passengers and customers were advised to expect severe disruption for the rest of the week.",
          "The union is demanding a pay rise of {share_b} percent, while the company has offered less than half of that.",
          "Workers held placards reading 'Fair pay now' and chanted outside the {obj}.",
          "The government urged both sides to return to the negotiating table."],
    quotes={"official": ["Our members have not had a real pay rise in years and they have had enough",
                         "We are ready to talk at any time, but not on these terms",
                         "This strike is the last thing anyone wanted, but management left us no choice"],
            "witness": ["I support the workers, but I cannot get to my job",
                        "We are out here because we cannot pay the rent on these wages",
                        "My whole shift voted to strike. Nobody wanted to, but we had to"],
            "expert": ["Both sides are under pressure, and that usually means a deal within days",
                       "The longer this goes on, the more the company loses in contracts it cannot fulfil"]},
    indirect=["the union had rejected the company's latest offer",
              "talks could resume as early as the weekend"],
)

event_type(
    "merger",
    noun=["merger", "takeover"],
    obj=["takeover", "merger", "acquisition", "buyout"],
    cause=["falling profits", "pressure from shareholders", "a wave of consolidation in the industry",
           "rising costs", "the need to expand abroad"],
    org=["{company}", "{company_b}"],
    official_role=["the chief executive of {company}", "the chairman of {company}", "the finance director of {company}"],
    expert_role=["an analyst at {bank}", "a competition lawyer", "a professor of finance at the University of {capital}"],
    n1=(150, 9000), n2=(2, 30), money=(80, 9000),
    titles=["{company} agrees {money_adj} {obj} of {company_b}", "{company} to buy {company_b}",
            "{company_b} shares jump on {company} {obj} bid", "Regulators to review {company} deal for {company_b}"],
    leads=["{company} has agreed to buy its rival {company_b} for {money} {currency}, the companies announced {when}.",
           "{company_b} accepted a {money_adj} {obj} offer from {company} {when}, creating the largest group in its sector in {country}.",
           "Shares in {company_b} rose sharply {when} after {company} announced {a_obj} worth {money} {currency}."],
    body=["The combined company will employ about {n1} people and have its headquarters in {place}.",
          "{official}, {official_role}, said the deal would create savings of about {n2} percent within three years.",
          "Shares in {company_b} rose {share_b} percent in {capital} trading, while {company} shares were little changed.",
          "The deal must be approved by competition regulators in {country}, which could take several months.",
          "Unions said they feared job cuts, particularly at {company_b}'s plant in {place}.",
          "The {obj} is driven by {cause}, according to people familiar with the negotiations.",
          "{bank} advised {company} on the transaction.",
          "The two companies first discussed a combination {past_phrase}, but talks collapsed over price.",
          "Analysts said the offer valued {company_b} at a premium to its recent share price.",
          "The boards of both companies have recommended the deal to shareholders, who will vote next month.",
          "{company_b} was founded in {place} {founded_phrase} and is still partly owned by its founding family.",
          "Customers were told that prices and contracts would not change before the deal closed.",
          "Competitors said they would ask regulators to examine the deal closely."],
    quotes={"official": ["Together we will be able to compete with much larger groups abroad",
                         "This is a good deal for shareholders, for customers and for our staff",
                         "We have no plans to close any sites"],
            "witness": ["We have heard promises like this before, and then the job cuts come",
                        "Everyone at the plant is worried about what this means for us"],
            "expert": ["The price is generous, which tells you how much they wanted this",
                       "Regulators will look very closely at the combined market share"]},
    indirect=["the deal would be completed by the end of the year",
              "no decisions had been taken about jobs"],
)

event_type(
    "trial",
    noun=["trial", "case"],
    obj=["fraud", "bribery", "money laundering", "embezzlement", "tax evasion", "corruption", "manslaughter"],
    cause=["a whistleblower's complaint", "an audit of public contracts", "a newspaper investigation",
           "leaked bank records", "a police inquiry"],
    org=["the {place} District Court", "the High Court in {capital}", "the {region} Regional Court"],
    official_role=["the prosecutor", "the chief prosecutor", "the presiding judge"],
    expert_role=["a law professor at the University of {capital}", "a former judge", "an anti-corruption campaigner"],
    n1=(2, 40), n2=(3, 120), money=(1, 300),
    titles=["{defendant} goes on trial for {obj}", "Former {defendant_role} {defendant} denies {obj} charges",
            "Court hears {obj} case against {defendant}", "Verdict expected in {defendant} {obj} trial"],
    leads=["{defendant}, the former {defendant_role}, went on trial in {place} {when}, charged with {obj} involving {money} {currency}.",
           "The {obj} trial of {defendant} opened {when} at {org}, where prosecutors accused the former {defendant_role} of taking {money} {currency}.",
           "A court in {place} began hearing the case against {defendant} {when}, in one of the largest {obj} trials in {country}."],
    body=["{defendant} denies all the charges and faces up to {n1} years in prison if convicted.",
          "Prosecutors say the scheme ran for years and involved {n2} companies in {region}.",
          "The investigation began after {cause}, according to the indictment.",
          "{official}, {official_role}, told the court that the evidence included bank transfers and text messages.",
          "Defence lawyers argued that the case was politically motivated.",
          "The court plans to hear from more than forty witnesses over the coming weeks.",
          "Protesters gathered outside the court building carrying banners demanding justice.",
          "{defendant} served as {defendant_role} until {past_year}, when he resigned amid the first allegations.",
          "Two former business partners of {defendant} have already pleaded guilty and are expected to testify.",
          "The judge rejected a defence request to postpone the trial.",
          "The case has become a test of the government's promise to fight corruption.",
          "The hearing was adjourned until next week.",
          "If convicted, {defendant} could also be ordered to repay the money."],
    quotes={"official": ["The defendant used his position to enrich himself and his associates",
                         "The evidence will show exactly where the money went",
                         "This court will judge the facts and nothing else"],
            "witness": ["We want to see the money returned to the people it was stolen from",
                        "I have followed this case for years and I hope today it finally ends"],
            "expert": ["Cases like this are rare, and the outcome will be watched closely abroad",
                       "The prosecution has a strong paper trail, but the defence will attack every witness"]},
    indirect=["the defendant was innocent and would be cleared",
              "the trial could last until the summer"],
)

event_type(
    "launch",
    noun=["launch", "mission"],
    obj=["weather satellite", "communications satellite", "lunar probe", "cargo capsule", "Earth-observation satellite", "space telescope"],
    cause=["a fault in the second stage", "an engine shutdown", "a software error", "a pressure leak", "strong upper-level winds"],
    org=["the {country} Space Agency", "{company}", "the {capital} Space Centre"],
    official_role=["the agency's director", "the mission director", "the launch director"],
    expert_role=["a space-policy analyst", "an aerospace engineer at the University of {capital}", "a former astronaut"],
    n1=(2, 40), n2=(50, 900), money=(20, 900),
    titles=["{rocket} rocket lifts {obj} into orbit", "{rocket} launch fails after {cause}",
            "{country} launches {obj} from {site}", "Investigation opened into {rocket} launch"],
    leads=["A {rocket} rocket carrying {a_obj} lifted off from {site} {when}, in the {country} Space Agency's most ambitious mission so far.",
           "The launch of {a_obj} aboard a {rocket} rocket from {site} {when} ended in failure after {cause}.",
           "{country} launched its first {obj} {when} on a {rocket} rocket from the {site} spaceport."],
    body=["The {obj} cost about {money} {currency} and was built over {n1} years.",
          "{official}, {official_role}, said engineers were analysing data from the flight.",
          "Telemetry showed {cause} about {n2} seconds after lift-off, according to the agency.",
          "Crowds gathered on beaches near {site} to watch the rocket rise into the sky.",
          "The mission is part of a programme to give {country} its own capabilities in space.",
          "The {rocket} rocket was developed by {company}, which has flown it {ordinal_count} times.",
          "The agency said it would form an independent commission to review the launch.",
          "A previous {rocket} mission {past_phrase} ended with the loss of its payload.",
          "The {obj} was designed to operate for at least ten years.",
          "Insurers said the payload was covered, although the full amount was not disclosed.",
          "Engineers at the control centre in {capital} applauded as the first stage separated.",
          "Officials said debris had fallen into the sea far from populated areas.",
          "The next launch from {site} had been planned for later this year."],
    quotes={"official": ["Space is hard, and today we learned that again",
                         "We will find out exactly what happened and we will fly again",
                         "This is a proud day for everyone who worked on this mission"],
            "witness": ["You could feel the noise in your chest. It was incredible",
                        "We drove all night to see it, and it was worth it"],
            "expert": ["Every new rocket has failures early in its life. What matters is how quickly they learn",
                       "The data from this flight will tell them whether the fault is in the design or in the manufacturing"]},
    indirect=["the agency would publish its findings within two months",
              "the cause of the fault had not yet been identified"],
)

event_type(
    "earthquake",
    noun=["earthquake", "quake"],
    obj=["mountain villages", "coastal district", "hill country", "mining region", "river valley"],
    cause=["a shallow fault", "a magnitude {magnitude} tremor", "aftershocks"],
    org=["the {country} Seismological Institute", "the {region} Disaster Response Agency", "the {country} Red Cross"],
    official_role=["the interior minister", "the head of the disaster agency", "the regional governor"],
    expert_role=["a seismologist at the University of {capital}", "a structural engineer", "a geophysicist"],
    n1=(3, 300), n2=(20, 3000), money=(10, 900),
    titles=["Earthquake of magnitude {magnitude} strikes {region}", "Rescuers search rubble after {place} quake",
            "Death toll rises after earthquake in {region}", "{place} earthquake leaves thousands homeless"],
    leads=["An earthquake of magnitude {magnitude} struck {region} {when}, killing at least {n1} people and destroying homes in {place}.",
           "Rescuers dug through rubble in {place} {when} after a magnitude {magnitude} earthquake shook the {obj} of {region}.",
           "At least {n1} people were killed {when} when a strong earthquake hit {place}, a town in the {obj} of {region}."],
    body=["More than {n2} people were injured, according to {org}.",
          "The quake was centred about twelve kilometres below {place}, {org} said.",
          "Dozens of aftershocks followed, and residents spent the night outdoors.",
          "{official}, {official_role}, said rescue teams had been sent from {capital}.",
          "Many of the collapsed buildings were old stone houses that had never been reinforced.",
          "Roads into the {obj} were blocked by landslides, slowing the arrival of help.",
          "The last major earthquake in {region} was {past_year_phrase}.",
          "Hospitals in {region} set up tents in their car parks to treat the injured.",
          "Neighbouring countries offered rescue teams and sniffer dogs.",
          "The government declared three days of national mourning.",
          "Damage is estimated at {money} {currency}, according to preliminary figures.",
          "Schools in {region} will remain closed until engineers have inspected them.",
          "Volunteers handed out water, blankets and tents in the main square of {place}."],
    quotes={"official": ["We are working around the clock and we will not stop while there is hope",
                         "Every house will be inspected before anyone is allowed back inside"],
            "witness": ["The walls started shaking and then everything fell. I grabbed my son and ran",
                        "We have nowhere to go. Our house is gone",
                        "We dug with our hands until the rescuers arrived"],
            "expert": ["This region sits on an active fault, and a quake of this size was always possible",
                       "Buildings constructed before the modern codes simply cannot withstand shaking like this"]},
    indirect=["the number of victims was likely to rise",
              "aftershocks could continue for weeks"],
)

event_type(
    "outbreak",
    noun=["outbreak", "epidemic"],
    obj=["measles", "cholera", "influenza", "food poisoning", "legionnaires' disease", "hepatitis A"],
    cause=["contaminated water", "a restaurant supplier", "low vaccination rates", "a cooling tower", "a school trip"],
    org=["the {country} Public Health Institute", "the {region} Health Authority", "the {place} health department"],
    official_role=["the chief medical officer", "the health minister", "the regional health director"],
    expert_role=["an epidemiologist at the University of {capital}", "an infectious-disease specialist", "a public-health researcher"],
    n1=(12, 2500), n2=(1, 60), money=(1, 40),
    titles=["{obj} outbreak in {place} sickens {n1}", "Health officials race to contain {obj} in {region}",
            "Cases of {obj} rise in {place}", "{place} {obj} outbreak traced to {cause}"],
    leads=["Health officials in {region} confirmed {n1} cases of {obj} {when}, most of them in {place}.",
           "An outbreak of {obj} in {place} has sickened {n1} people, {org} said {when}.",
           "{n1} people have fallen ill with {obj} in {place}, and investigators believe {cause} is to blame, officials said {when}."],
    body=["{n2} patients were being treated in hospital, according to {org}.",
          "Investigators are examining whether {cause} was the source of the infections.",
          "{official}, {official_role}, urged residents to wash their hands and to see a doctor if they had symptoms.",
          "Schools in {place} were told to report any absences linked to illness.",
          "{org} opened a telephone line for worried residents.",
          "Vaccination clinics were extended into the evening in several districts of {region}.",
          "The last comparable outbreak in {country} was {past_year_phrase}.",
          "Samples have been sent to the national laboratory in {capital} for testing.",
          "Restaurants near the affected area were inspected and two were temporarily closed.",
          "Officials said the risk to the wider public remained low.",
          "Hospitals in {region} postponed some routine operations to free up beds.",
          "Doctors said most patients were recovering at home."],
    quotes={"official": ["The risk to the general public remains low, but we are taking this very seriously",
                         "If you feel unwell, stay at home and call your doctor before going in"],
            "witness": ["My whole family was ill for three days. We had no idea what it was",
                        "The queue for vaccines was out of the door this morning"],
            "expert": ["Outbreaks like this are preventable, which is why the source matters so much",
                       "The next week will show whether the measures are working"]},
    indirect=["the number of new cases appeared to be slowing",
              "more cases were likely to be reported"],
)

event_type(
    "protest",
    noun=["protest", "demonstration"],
    obj=["fuel prices", "a new mining project", "pension cuts", "a motorway plan", "university fees", "housing costs", "a logging concession"],
    cause=["a government decision", "a sharp rise in prices", "a court ruling", "a police shooting"],
    org=["the {place} police", "the {country} interior ministry", "the {region} police"],
    official_role=["the police chief", "the interior minister", "a police spokesperson"],
    expert_role=["a sociologist at the University of {capital}", "a political analyst", "a civil-rights lawyer"],
    n1=(500, 90000), n2=(3, 150), money=(1, 30),
    titles=["Thousands march in {place} against {obj}", "Protest over {obj} turns violent in {place}",
            "{n1} rally in {capital} against {obj}", "Police arrest {n2} at {place} protest"],
    leads=["Thousands of people marched through {place} {when} to protest against {obj}, in one of the largest demonstrations in {country} this year.",
           "Police in {place} used tear gas {when} to disperse protesters angry about {obj}.",
           "An estimated {n1} people took to the streets of {place} {when} to demonstrate against {obj}."],
    body=["Organisers said {n1} people took part, while police put the figure lower.",
          "Police said {n2} people were arrested after clashes near the town hall.",
          "{official}, {official_role}, said officers had acted with restraint.",
          "Protesters carried banners and chanted slogans against the government.",
          "The protest was triggered by {cause}, organisers said.",
          "Shops in the city centre closed early and public transport was diverted.",
          "Similar protests took place in several other towns in {region}.",
          "The government said it was open to dialogue but would not reverse its decision.",
          "A previous wave of protests over {obj} {past_phrase} forced a cabinet reshuffle.",
          "Several people were treated for the effects of tear gas.",
          "Organisers called for another march at the weekend.",
          "Opposition politicians joined the march and called for the minister's resignation."],
    quotes={"official": ["Peaceful protest is a right, but violence will not be tolerated",
                         "We have asked the organisers to keep the march on the agreed route"],
            "witness": ["We are here because nobody listens to us any other way",
                        "I brought my children because this is about their future",
                        "The police charged at us without any warning"],
            "expert": ["These protests are about much more than one decision",
                       "The government has underestimated how angry people are"]},
    indirect=["the protest had been largely peaceful",
              "the demonstrators would return next week"],
)

event_type(
    "collapse",
    noun=["collapse", "failure"],
    obj=["road bridge", "footbridge", "dam", "car park", "stadium stand", "tunnel section", "water tower", "railway viaduct"],
    cause=["corroded steel cables", "heavy rain", "a design flaw", "years of poor maintenance", "overloading"],
    org=["the {country} Ministry of Infrastructure", "the {region} Roads Authority", "the {place} city council"],
    official_role=["the infrastructure minister", "the mayor of {place}", "the regional governor"],
    expert_role=["a structural engineer at the University of {capital}", "a bridge-safety consultant", "a civil engineer"],
    n1=(1, 60), n2=(3, 200), money=(5, 500),
    titles=["{place} {obj} collapses", "Inquiry ordered after {obj} collapse in {place}",
            "Questions over maintenance after {place} {obj} failure", "Rescuers search wreckage of {place} {obj}"],
    leads=["{a_obj} collapsed in {place} {when}, killing {n1} people and injuring {n2}, officials said.",
           "The government ordered an inquiry {when} into the collapse of {a_obj} in {place}, which left {n1} people dead.",
           "Rescuers searched through concrete and steel {when} after part of {a_obj} gave way in {place}."],
    body=["{n2} people were injured, some of them seriously, according to {org}.",
          "The {obj} had last been inspected {inspected_when}, according to official records.",
          "{official}, {official_role}, announced an independent inquiry into the collapse.",
          "Engineers said {cause} may have contributed to the failure.",
          "Cranes were brought in to lift sections of the structure as rescuers searched for survivors.",
          "The {obj} was built {built_phrase} and had been due for repairs.",
          "Residents said they had complained about cracks for years.",
          "Traffic in {place} was diverted and nearby buildings were evacuated as a precaution.",
          "{org} said all similar structures in {region} would be inspected.",
          "Repairing the damage is expected to cost around {money} {currency}.",
          "Opposition politicians accused the government of neglecting infrastructure.",
          "Families of the victims gathered at a hospital in {place}, waiting for news."],
    quotes={"official": ["We owe the families a full and honest answer",
                         "Every structure of this type will be checked, starting today"],
            "witness": ["There was a terrible noise and then it was just gone",
                        "We told them about the cracks. Nobody came"],
            "expert": ["Structures like this do not fail without warning signs",
                       "Maintenance budgets have been cut for years and this is the result"]},
    indirect=["the structure had been considered safe",
              "the inquiry would report within months"],
)

event_type(
    "breach",
    noun=["cyberattack", "data breach"],
    obj=["hospital network", "tax office", "national railway", "bank", "mobile operator", "city council", "university"],
    cause=["a ransomware gang", "a phishing email", "an unpatched server", "stolen passwords", "a compromised supplier"],
    org=["the {country} Cybersecurity Agency", "{company}", "the {place} data protection office"],
    official_role=["the head of the cybersecurity agency", "the digital minister", "the chief information officer"],
    expert_role=["a security researcher", "a professor of computer science at the University of {capital}", "a former government hacker"],
    n1=(2, 900), n2=(2, 30), money=(1, 50),
    titles=["Cyberattack hits {place} {obj}", "Data of {n1} thousand customers stolen in {company} breach",
            "{place} {obj} systems down after ransomware attack", "Hackers demand ransom from {company}"],
    leads=["A cyberattack disrupted systems at the {obj} in {place} {when}, and officials said the personal data of about {n1} thousand people may have been stolen.",
           "Hackers broke into the computer systems of {company} {when}, forcing the {obj} to switch to paper records.",
           "The {place} {obj} was hit by a ransomware attack {when}, {org} confirmed."],
    body=["The attackers demanded a ransom of {money} {currency} in cryptocurrency, according to people familiar with the matter.",
          "Investigators believe the attack began with {cause}.",
          "{official}, {official_role}, said {org} was working to restore systems.",
          "Customers were advised to change their passwords and watch for suspicious messages.",
          "Services were expected to be disrupted for at least {n2} days.",
          "The breach is the latest in a series of attacks on public institutions in {country}.",
          "The company said it had informed the data protection authority and the police.",
          "Staff were told not to switch on their computers until further notice.",
          "A group calling itself {gang} claimed responsibility on a dark-web forum.",
          "Experts said the stolen data could be used for fraud for years.",
          "The government said it would not pay any ransom.",
          "Backups allowed some services to restart within hours."],
    quotes={"official": ["We will not pay criminals, and we are confident we can restore our systems",
                         "Our priority is to protect the people whose data may have been taken"],
            "witness": ["I got a message saying my records might be online. Nobody explains what that means",
                        "Everything went back to paper. It was like working in the nineties"],
            "expert": ["Attacks like this usually start with one careless click",
                       "The data is probably already for sale"]},
    indirect=["there was no evidence that payment data had been taken",
              "systems would be fully restored by the end of the week"],
)

TYPE_NAMES = list(TYPES)

GENERIC = [
    "{org} did not immediately respond to a request for comment.",
    "More details are expected to be released later in the week.",
    "{official} is expected to give a further statement on {next_day}.",
    "The {noun} dominated conversations in {place}, where many people had followed events closely.",
    "{place}, a town of about {population} people, lies some {distance} kilometres from {capital}.",
    "Local radio stations broadcast appeals for information throughout the day.",
    "Officials in {capital} said the government was following the situation closely.",
    "The {noun} has prompted questions in parliament about how the authorities prepare for such events.",
    "Social media was filled with photographs and videos taken by residents.",
    "Several foreign embassies issued advice to their citizens in {region}.",
    "It was not immediately clear how long the disruption would last.",
    "The regional council scheduled an emergency meeting for the following morning.",
    "Opposition parties called for a full and independent review.",
    "A spokesperson for the government said ministers would be briefed on {next_day}.",
    "Neighbouring towns in {region} offered practical help, including transport and accommodation.",
]

# Quote shapes: the first time a speaker appears, with the role; later by surname.
QUOTE_FIRST = [
    '"{q}," said {who}, {role}.',
    '"{q}," {who}, {role}, told reporters.',
    '{who}, {role}, told {outlet}: "{q}."',
    '{who}, {role}, said: "{q}."',
]
QUOTE_LATER = [
    '"{q}," {surname} said.',
    '{surname} said: "{q}."',
    '"{q}," {surname} added.',
    '{surname} told {outlet}: "{q}."',
]
INDIRECT_FIRST = [
    "{who}, {role}, said that {x}.",
    "According to {who}, {role}, {x}.",
]
INDIRECT_LATER = [
    "{surname} said that {x}.",
    "According to {surname}, {x}.",
    "{surname} also said {x}.",
]
ANON_FRAMES = [
    "An official who spoke on condition of anonymity said {x}.",
    "A person familiar with the matter, who asked not to be named, said {x}.",
]


# Later coverage of a multi-day event (--multi-day): the aftermath, the tolls, the reactions and
# the inquiry. The vocabulary moves away from the first reports; the place, region, country, the
# event's noun and some of its people stay, and new people and figures appear.
AFTER_TITLES = [
    "{place} {noun}: inquiry ordered as questions mount",
    "{days} days on, {place} still counting the cost of the {noun}",
    "{new_official} promises help for {place} after {noun}",
    "Anger grows in {place} over handling of the {noun}",
    "{place} {noun} toll revised to {n1_new}",
    "Who was to blame for the {noun} in {place}?",
]
AFTER_LEADS = [
    "{days} days after the {noun} in {place}, {new_official}, {new_role}, announced an independent inquiry into how the authorities responded.",
    "The official count of people affected by the {noun} in {place} has been revised to {n1_new}, {new_role} said {when_now}.",
    "Families in {place} said {when_now} that they were still waiting for help, {days} days after the {noun}.",
    "{new_official}, {new_role}, visited {place} {when_now} and promised {money_new} {currency} for those affected by the {noun}.",
]
AFTER_BODY = [
    "The inquiry will be led by {judge}, a retired judge, and is due to report within {months} months.",
    "Updated figures published by {org} put the number affected at {n1_new}, up from the first estimate of {n1}.",
    "{critic}, {critic_role}, accused the government of ignoring warnings about {place} for years.",
    "Insurers estimated the losses at {money_new} {currency}, well above early forecasts.",
    "Parliament in {capital} held an emergency debate on the {noun}, and several members called for resignations.",
    "A public meeting in {place} on {weekday_now} drew hundreds of residents, many of them angry at the pace of the response.",
    "Volunteers from across {region} have collected food, clothes and money for the families.",
    "{new_official} said the government would review the rules that apply to sites like the one in {place}.",
    "Local businesses in {place} said trade had fallen by half since the {noun}.",
    "A fund set up for the victims has raised {fund} {currency} so far, its organisers said.",
    "Documents seen by reporters show that inspectors raised concerns about safety in {place} in {inspection_year}.",
    "{critic} said the inquiry must be able to question ministers as well as local officials.",
    "Schools in {place} reopened on {weekday_now}, although some classes are still being held in temporary buildings.",
    "Officials said it could take {months} months before life in {place} returned to normal.",
    "{judge} said the inquiry would hold its first public hearing in {capital} next month.",
    "A minute's silence was observed across {region} on {weekday_now} in memory of the victims.",
]
AFTER_QUOTES = [
    ("new", "We owe the people of {place} answers, and they will get them"),
    ("new", "Nobody in {place} will be left to cope with this alone"),
    ("critic", "The warning signs were there for anyone who cared to look"),
    ("critic", "An inquiry is welcome, but it must not become a way of burying the truth"),
    ("judge", "I will follow the evidence wherever it leads"),
]
NEW_ROLES = ["the prime minister", "the interior minister", "the regional governor", "the minister for emergencies",
             "the deputy prime minister"]
CRITIC_ROLES = ["the leader of the opposition", "a member of parliament for {region}",
                "the head of a residents' association in {place}", "a campaigner for the victims' families"]


def make_aftermath(ev, idx, seed):
    """Slots and templates of an event's later coverage, from a random stream of their own."""
    rng = random.Random(seed * 7_000_003 + idx * 104_729 + 3)
    raw = int(ev["n1"].replace(",", ""))
    after = {
        "new_official": person_name(rng),
        "new_role": rng.choice(NEW_ROLES),
        "critic": person_name(rng),
        "critic_role": rng.choice(CRITIC_ROLES).format_map(ev),
        "judge": person_name(rng),
        "n1_new": fmt_number(round_count(raw + max(1, raw // 4) * rng.randint(1, 3))),
        "money_new": f"{rng.randint(10, 900)} million",
        "fund": fmt_number(rng.randint(20, 900) * 1000),
        "months": str(rng.randint(3, 12)),
        "inspection_year": str(rng.randint(2016, 2025)),
    }
    slots = dict(ev)
    slots.update(after)
    for key in ("days", "when_now", "weekday_now"):
        slots[key] = "{" + key + "}"
    speakers = {"new": (after["new_official"], after["new_role"]), "critic": (after["critic"], after["critic_role"]),
                "judge": (after["judge"], "who leads the inquiry")}
    return {
        "titles": [t.format_map(slots) for t in AFTER_TITLES],
        "leads": [t.format_map(slots) for t in AFTER_LEADS],
        "body": [t.format_map(slots) for t in AFTER_BODY],
        "quotes": [(speakers[kind], q.format_map(slots)) for kind, q in AFTER_QUOTES],
    }


def make_world(rng, n_countries=14):
    countries = []
    seen = set()
    while len(countries) < n_countries:
        name = word(rng, 2).capitalize() + rng.choice(["ia", "and", "ova", "istan", "ary", "ene", "ora", "y"])
        if name in seen:
            continue
        seen.add(name)
        currency_single = rng.choice(["crown", "mark", "florin", "dinar", "real", "taler", "lira", "ducat", "franc"])
        countries.append({
            "country": name,
            "capital": place_name(rng),
            "regions": [place_name(rng) + rng.choice(["", " Province", " Region", " County", ""]) for _ in range(6)],
            "currency": currency_single + "s",
            "currency_single": currency_single,
        })
    outlets = []
    seen = set()
    while len(outlets) < 64:
        r = rng.random()
        if r < 0.6:
            name = "The " + place_name(rng) + " " + rng.choice(OUTLET_KINDS)
        elif r < 0.75:
            name = place_name(rng) + " Public Radio"
        elif r < 0.9:
            name = word(rng, 2).capitalize() + " Wire"
        else:
            name = word(rng, 2).capitalize() + " News"
        if name in seen:
            continue
        seen.add(name)
        s = slug(name.replace("The ", "", 1))
        outlets.append((name, s, [person_name(rng) for _ in range(12)]))
    return countries, outlets


ORDINALS = ["second", "third", "fourth", "fifth"]


def make_event(idx, seed, countries, like=None):
    """Everything one event's articles share, from the event's own random stream. `like`, an
    earlier event, makes this one a new event of the same type at the same place."""
    rng = random.Random(seed * 1_000_003 + idx * 7919 + 17)
    tname = TYPE_NAMES[rng.randrange(len(TYPE_NAMES))]
    c = countries[rng.randrange(len(countries))]
    place = place_name(rng)
    if like is not None:
        tname = like["type"]
        c = next(country for country in countries if country["country"] == like["country"])
        place = like["place"]
    t = TYPES[tname]
    ev = {
        "type": tname,
        "place": place,
        "region": like["region"] if like is not None else rng.choice(c["regions"]),
        "country": c["country"],
        "capital": c["capital"],
        "currency": c["currency"],
        "currency_single": c["currency_single"],
        "river": word(rng, rng.randint(1, 2)).capitalize() + " river",
        "official": person_name(rng),
        "expert": person_name(rng),
        "witness": person_name(rng),
        "witness_desc": rng.choice(["a resident of {place}", "a local shopkeeper", "a teacher who lives nearby",
                                    "a driver who saw it happen", "a retired nurse", "a student from {place}"]),
        "company": company_name(rng),
        "company_b": company_name(rng),
        "bank": (word(rng, 2).capitalize() + " " + rng.choice(["Capital", "Securities", "Partners", "Bank"])),
        "union": "the " + rng.choice(["United", "National", "General", "Independent", "Federated"]) + " " + rng.choice(
            ["Workers' Union", "Labour Union", "Trade Union", "Employees' Union", "Union of Workers"]),
        "obj": rng.choice(t["obj"]),
        "noun": t["noun"][0],
        "n1": round_count(rng.randint(*t["n1"])),
        "n2": round_count(rng.randint(*t["n2"])),
        "money": rng.randint(*t["money"]),
        "injured": NUMBER_WORDS[rng.randint(2, 10)],
        "crews": rng.randint(4, 40),
        "metres": rng.randint(2, 6),
        "share_a": rng.randint(30, 55),
        "share_b": rng.randint(5, 29),
        "population": fmt_number(rng.randint(4, 300) * 1000),
        "distance": rng.randint(15, 400),
        "magnitude": f"{rng.randint(48, 74) / 10:.1f}",
        "rocket": word(rng, 2).capitalize() + "-" + str(rng.randint(1, 9)),
        "site": place_name(rng),
        "gang": word(rng, 2).capitalize() + rng.choice(["Lock", "Spider", "Crypt", "Shade"]),
        "defendant": person_name(rng),
        "defendant_role": rng.choice(["transport minister", "mayor of {place}", "head of the state railway",
                                      "regional governor", "chief executive of {company}"]),
        "candidate_a": person_name(rng),
        "candidate_b": person_name(rng),
        "ordinal": rng.choice(ORDINALS),
        "ordinal_count": NUMBER_WORDS[rng.randint(2, 9)],
    }
    pa, pb = rng.sample(PARTY_WORDS, 2)
    ev["party_a"] = " ".join(pa)
    ev["party_b"] = " ".join(pb)
    ev["official_role"] = rng.choice(t["official_role"])
    ev["expert_role"] = rng.choice(t["expert_role"])
    ev["org"] = rng.choice(t["org"])
    ev["cause"] = rng.choice(t["cause"])
    past_year = 2026 - rng.randint(3, 40)
    ev["past_year"] = str(past_year)
    ev["past_year_phrase"] = rng.choice(["in {y}", "in the spring of {y}", "in the autumn of {y}"]).replace("{y}", str(past_year))
    ev["past_phrase"] = rng.choice(["last year", "two years ago", "last spring", "in {y}".replace("{y}", str(past_year)),
                                    "three years ago", "last autumn"])
    ev["inspected_when"] = rng.choice(["in {y}".replace("{y}", str(rng.randint(2015, 2025))), "last year", "two years ago"])
    ev["built_phrase"] = "in " + str(rng.randint(1930, 2005))
    ev["founded_phrase"] = "in " + str(rng.randint(1880, 1995))
    # Resolve nested slots once ("mayor of {place}").
    for key in ("official_role", "expert_role", "org", "witness_desc", "defendant_role", "cause"):
        ev[key] = ev[key].format_map(ev)
    ev["n1"] = fmt_number(ev["n1"])
    ev["n2"] = fmt_number(ev["n2"])
    money = ev["money"]
    ev["money"] = f"{money / 1000:.1f} billion" if money >= 1000 else f"{money} million"
    ev["money_adj"] = ev["money"].replace(" ", "-") + "-" + ev["currency_single"]
    ev["a_obj"] = ("an " if ev["obj"][0] in "aeiouAEIOU" else "a ") + ev["obj"]
    # Format every template of the type now; articles then only fill date words and the outlet.
    fixed = {k: v for k, v in ev.items()}
    fixed["when"] = "{when}"
    fixed["next_day"] = "{next_day}"
    fixed["outlet"] = "{outlet}"

    def pre(s):
        return s.format_map(fixed)

    ev["titles"] = [pre(s) for s in t["titles"]]
    ev["leads"] = [pre(s) for s in t["leads"]]
    ev["body"] = [pre(s) for s in t["body"]] + [pre(s) for s in GENERIC]
    speakers = {"official": (ev["official"], ev["official_role"]),
                "expert": (ev["expert"], ev["expert_role"]),
                "witness": (ev["witness"], ev["witness_desc"])}
    quotes = []
    for kind, lines in t["quotes"].items():
        for q in lines:
            quotes.append((speakers[kind], q))
    ev["quotes"] = quotes
    ev["indirect"] = list(t["indirect"])
    # Some events are misreported by a few outlets: the wrong figure and where to put it.
    ev["n1_alt"] = None
    raw = int(ev["n1"].replace(",", ""))
    if raw >= 20 and rng.random() < 0.3:
        ev["n1_alt"] = fmt_number(raw + max(1, raw // 10) * rng.choice([-1, 1]))
        ev["n1_re"] = re.compile(r"(?<![\d,.])" + re.escape(ev["n1"]) + r"(?![\d,])")
    return ev


def ordinal_date(d):
    return f"{MONTHS[d.month - 1]} {d.day}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--count", type=int, default=1000, help="number of articles (default 1000)")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--events", type=int, default=0, help="number of events (default count/20)")
    ap.add_argument("--days", type=int, default=60, help="days the events are spread over (default 60)")
    ap.add_argument("--start", default="2026-01-05", help="first day, YYYY-MM-DD (default 2026-01-05)")
    ap.add_argument("--gold", metavar="FILE", help="also write {\"id\", \"event\"} lines to FILE")
    ap.add_argument("--multi-day", type=float, default=0.0, metavar="P",
                    help="share of events covered for 5-14 days, the later articles about the aftermath, "
                         "tolls, reactions and inquiry (default 0)")
    ap.add_argument("--repeat", type=float, default=0.0, metavar="P",
                    help="share of events that are a new event of the type of an earlier one, at its place, "
                         "at least 14 days later (default 0)")
    ap.add_argument("--label", action="store_true",
                    help="also write each article's true event as \"event\" in its own line")
    args = ap.parse_args()
    if args.count < 0 or args.days < 1:
        ap.error("--count must be >= 0 and --days >= 1")

    rng = random.Random(args.seed)
    countries, outlets = make_world(random.Random(args.seed * 31 + 5))
    start = datetime.date.fromisoformat(args.start)
    start_ord = start.toordinal()
    n_events = args.events or max(1, round(args.count / 20))

    # Per event only its day and weight up front; the rest is built when its first article
    # is written and dropped once its last possible article day has passed.
    ev_day = [rng.randrange(args.days) for _ in range(n_events)]
    cum = []
    total = 0.0
    for _ in range(n_events):
        total += min(rng.paretovariate(1.5), 60.0)
        cum.append(total)
    # Multi-day coverage and repeated events, from random streams of their own: without them the
    # stream is the same as before they existed.
    cover = [4] * n_events
    like_of = [None] * n_events
    if args.multi_day > 0:
        mrng = random.Random(args.seed * 17 + 11)
        for e in range(n_events):
            if mrng.random() < args.multi_day:
                cover[e] = mrng.randint(5, 14)
    if args.repeat > 0:
        rrng = random.Random(args.seed * 13 + 7)
        for e in range(n_events):
            if rrng.random() < args.repeat:
                for _ in range(20):
                    other = rrng.randrange(n_events)
                    if ev_day[other] + cover[other] + 10 <= ev_day[e] and like_of[other] is None:
                        like_of[e] = other
                        break
    lrng = random.Random(args.seed * 19 + 3)

    # Which event each article belongs to, and when it appears; then sort into publication order.
    choose = rng.random
    keys = []
    bis = bisect.bisect_left
    span = n_events * (args.count + 1)
    for i in range(args.count):
        e = bis(cum, choose() * total)
        if e >= n_events:
            e = n_events - 1
        lag = int(rng.expovariate(0.8))
        if lag > 4:
            lag = 4
        if cover[e] > 4:
            lag = min(int(lrng.expovariate(1 / 3.0)), cover[e])
        minute = rng.randrange(6 * 60, 23 * 60 + 30)
        keys.append(((ev_day[e] + lag) * 1440 + minute) * span + e * (args.count + 1) + i)
    keys.sort()

    gold = open(args.gold, "w", encoding="utf-8") if args.gold else None
    out = sys.stdout
    buf = []
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    randrange = rng.randrange
    rnd = rng.random
    shuffle = rng.shuffle
    n_outlets = len(outlets)
    per_day = 1440 * span
    dates = [datetime.date.fromordinal(start_ord + k) for k in range(args.days + 15)]
    live = {}
    current_day = -1
    for seq, key in enumerate(keys, 1):
        day, rem = divmod(key, per_day)
        minute = rem // span
        e = (rem % span) // (args.count + 1)
        if day != current_day:
            current_day = day
            for old_e in [k for k in live if ev_day[k] + cover[k] < day]:
                del live[old_e]
        ev = live.get(e)
        if ev is None:
            like = make_event(like_of[e], args.seed, countries) if like_of[e] is not None else None
            ev = live[e] = make_event(e, args.seed, countries, like)
            if cover[e] > 4:
                ev["after"] = make_aftermath(ev, e, args.seed)
        d = dates[day]
        ed = dates[ev_day[e]]
        lag = day - ev_day[e]
        wd = WEEKDAYS[ed.weekday()]
        if lag == 0:
            when = rng.choice(["on " + wd, "early on " + wd, "today", "on " + wd + " morning"])
        elif lag == 1:
            when = rng.choice(["on " + wd, "late on " + wd, "yesterday", "on " + ordinal_date(ed)])
        else:
            when = rng.choice(["on " + wd + ", " + ordinal_date(ed), "on " + ordinal_date(ed), "last " + wd])
        next_day = WEEKDAYS[(d.weekday() + 1) % 7]
        oname, oslug, staff = outlets[randrange(n_outlets)]
        fill = {"when": when, "next_day": next_day, "outlet": oname}

        target = 150 + randrange(251)
        title = ev["titles"][randrange(len(ev["titles"]))].format_map(fill)
        title = title[0].upper() + title[1:]
        sentences = [ev["leads"][randrange(len(ev["leads"]))].format_map(fill)]
        words = sentences[0].count(" ") + 1
        body = ev["body"][:]
        shuffle(body)
        quotes = ev["quotes"][:]
        shuffle(quotes)
        if "after" in ev and lag >= 2:
            # Later coverage: half the article about the aftermath within four days, most of it after.
            share = 0.5 if lag <= 4 else 0.8
            fill["days"] = NUMBER_WORDS[lag] if lag <= 10 else str(lag)
            fill["when_now"] = "on " + WEEKDAYS[d.weekday()]
            fill["weekday_now"] = WEEKDAYS[d.weekday()]
            after = ev["after"]
            if lrng.random() < share:
                title = after["titles"][lrng.randrange(len(after["titles"]))].format_map(fill)
                title = title[0].upper() + title[1:]
            if lrng.random() < share:
                sentences = [after["leads"][lrng.randrange(len(after["leads"]))].format_map(fill)]
                words = sentences[0].count(" ") + 1
            later = after["body"][:]
            lrng.shuffle(later)
            mixed = []
            while later or body:
                source = later if later and (not body or lrng.random() < share) else body
                mixed.append(source.pop())
            body = mixed
            later_quotes = after["quotes"][:]
            lrng.shuffle(later_quotes)
            keep = max(1, round(len(quotes) * (1 - share)))
            quotes = later_quotes + quotes[:keep]
            lrng.shuffle(quotes)
        qi = 0
        bi = 0
        used_anon = False
        named = set()
        while words < target and (bi < len(body) or qi < len(quotes)):
            r = rnd()
            if r < 0.22 and qi < len(quotes):
                (who, role), q = quotes[qi]
                qi += 1
                if who in named:
                    s = QUOTE_LATER[randrange(4)].format(q=q, surname=who.split(" ")[-1], outlet=oname)
                else:
                    named.add(who)
                    s = QUOTE_FIRST[randrange(4)].format(q=q, who=who, role=role, outlet=oname)
            elif r < 0.28:
                x = ev["indirect"][randrange(len(ev["indirect"]))]
                if not used_anon and rnd() < 0.5:
                    used_anon = True
                    s = ANON_FRAMES[randrange(len(ANON_FRAMES))].format(x=x)
                elif ev["official"] in named:
                    s = INDIRECT_LATER[randrange(3)].format(surname=ev["official"].split(" ")[-1], x=x)
                else:
                    named.add(ev["official"])
                    s = INDIRECT_FIRST[randrange(2)].format(who=ev["official"], role=ev["official_role"], x=x)
            elif bi < len(body):
                s = body[bi].format_map(fill)
                bi += 1
            else:
                continue
            w = s.count(" ") + 1
            if words + w > 400:
                continue
            sentences.append(s[0].upper() + s[1:])
            words += w
        if ev["n1_alt"] and rnd() < 0.25:
            sub = ev["n1_re"].sub
            alt = ev["n1_alt"]
            sentences = [sub(alt, s) for s in sentences]
        # Paragraphs of one to three sentences.
        paras = []
        i = 0
        n = len(sentences)
        while i < n:
            k = 1 + randrange(3) if i else 1
            paras.append(" ".join(sentences[i:i + k]))
            i += k
        text = "\n\n".join(paras)
        authors = [staff[randrange(12)]] if rnd() < 0.8 else [staff[randrange(12)], staff[randrange(12)]]
        if len(authors) == 2 and authors[0] == authors[1]:
            authors.pop()
        aid = f"syn-{args.seed}-{seq:07d}"
        published = f"{d.isoformat()}T{minute // 60:02d}:{minute % 60:02d}:00Z"
        url = f"https://{oslug}.example/{d.year}/{d.month:02d}/{d.day:02d}/{slug(title)}-{seq}"
        record = {"id": aid, "title": title, "text": text, "outlet": oname, "published": published,
                  "authors": authors, "url": url}
        if args.label:
            record["event"] = "ev-%06d" % e
        buf.append(dumps(record))
        if gold is not None:
            gold.write('{"id": "%s", "event": "ev-%06d"}\n' % (aid, e))
        if len(buf) >= 2000:
            buf.append("")
            out.write("\n".join(buf))
            buf = []
    if buf:
        buf.append("")
        out.write("\n".join(buf))
    out.flush()
    if gold is not None:
        gold.close()


if __name__ == "__main__":
    try:
        main()
    except BrokenPipeError:
        sys.stderr.close()
