from fo.fan import fan_out

if __name__ == "__main__":

    def vowels(word):
        return sum(ch in "aeiou" for ch in word)

    print(fan_out(vowels, ["banana", "sky", "queue"]))
