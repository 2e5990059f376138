seeds/000_e7c3d95787149670.txt:10:49: error: Donald Trump is called "former U.S. President" here, but is "President" [titles]
Rules/people.rules:13:3: note: pinned as "President" here
seeds/001_f76da1300c43f52b.txt:10:266: note: called "US President" here
seeds/003_4a6a3c07746cc093.txt:9:195: note: called "President" here
seeds/001_f76da1300c43f52b.txt:10:50: error: "Zelensky" is spelled "Zelenskyy" in the rules and in 3 other documents [name-spellings]
seeds/000_e7c3d95787149670.txt:9:11: note: spelled "Zelenskyy" here
seeds/003_4a6a3c07746cc093.txt:4:190: note: spelled "Zelenskyy" here
seeds/004_43476e55f7b6c340.txt:9:31: note: spelled "Zelenskyy" here
seeds/001_f76da1300c43f52b.txt:10:50: note: fix: replace with "Zelenskyy"
seeds/002_e5dc5441f684e6ff.txt:11:67: error: "Zelensky" is spelled "Zelenskyy" in the rules and in 3 other documents [name-spellings]
seeds/000_e7c3d95787149670.txt:9:11: note: spelled "Zelenskyy" here
seeds/003_4a6a3c07746cc093.txt:4:190: note: spelled "Zelenskyy" here
seeds/004_43476e55f7b6c340.txt:9:31: note: spelled "Zelenskyy" here
seeds/002_e5dc5441f684e6ff.txt:11:67: note: fix: replace with "Zelenskyy"
seeds/002_e5dc5441f684e6ff.txt:12:63: error: "Zelensky" is spelled "Zelenskyy" in the rules and in 3 other documents [name-spellings]
seeds/000_e7c3d95787149670.txt:9:11: note: spelled "Zelenskyy" here
seeds/003_4a6a3c07746cc093.txt:4:190: note: spelled "Zelenskyy" here
seeds/004_43476e55f7b6c340.txt:9:31: note: spelled "Zelenskyy" here
seeds/002_e5dc5441f684e6ff.txt:12:63: note: fix: replace with "Zelenskyy"
seeds/002_e5dc5441f684e6ff.txt:13:219: error: Donald Trump is called "former President" here, but is "President" [titles]
Rules/people.rules:13:3: note: pinned as "President" here
seeds/001_f76da1300c43f52b.txt:10:266: note: called "US President" here
seeds/003_4a6a3c07746cc093.txt:9:195: note: called "President" here
seeds/004_43476e55f7b6c340.txt:12:1: error: Donald Trump is called "Former U.S. President" here, but is "President" [titles]
Rules/people.rules:13:3: note: pinned as "President" here
seeds/001_f76da1300c43f52b.txt:10:266: note: called "US President" here
seeds/003_4a6a3c07746cc093.txt:9:195: note: called "President" here
