-- Reference data from the letter of intent (universities) and the city (districts since 2020,
-- areas of work). Kept as data: later changes are new migrations or edits by an administrator.

INSERT INTO university (code, name_sv, name_en) VALUES
    ('SU', 'Stockholms universitet', 'Stockholm University'),
    ('ESBH', 'Ersta Sköndal Bräcke högskola', 'Ersta Sköndal Bräcke University College'),
    ('SH', 'Södertörns högskola', 'Södertörn University');

INSERT INTO district (code, name) VALUES
    ('RK', 'Rinkeby-Kista'),
    ('ST', 'Spånga-Tensta'),
    ('HV', 'Hässelby-Vällingby'),
    ('BR', 'Bromma'),
    ('KU', 'Kungsholmen'),
    ('NO', 'Norrmalm'),
    ('OS', 'Östermalm'),
    ('SO', 'Södermalm'),
    ('EAV', 'Enskede-Årsta-Vantör'),
    ('SK', 'Skarpnäck'),
    ('FA', 'Farsta'),
    ('HA', 'Hägersten-Älvsjö'),
    ('SKH', 'Skärholmen');

INSERT INTO area_of_work (code, name_sv, name_en) VALUES
    ('BOU', 'Barn och unga', 'Children and youth'),
    ('EKB', 'Ekonomiskt bistånd', 'Income support'),
    ('VUX', 'Vuxna och missbruk', 'Adults and substance abuse'),
    ('SOP', 'Socialpsykiatri', 'Social psychiatry'),
    ('FUN', 'Funktionsnedsättning', 'Disability'),
    ('ALD', 'Äldreomsorg (biståndshandläggning)', 'Elderly care (needs assessment)'),
    ('MOT', 'Mottagning', 'Intake');
