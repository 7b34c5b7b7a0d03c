from reportgen.builder import ReportBuilder

if __name__ == "__main__":
    for block in ReportBuilder.build_all("Q3"):
        print(block)
