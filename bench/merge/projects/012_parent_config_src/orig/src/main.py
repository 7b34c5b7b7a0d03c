from warehouse.inventory import count_stock

if __name__ == "__main__":
    stock = count_stock({"A1": ["bolt", "bolt", "nut"], "B2": ["washer"]})
    for name, info in stock.items():
        print(name, info)
