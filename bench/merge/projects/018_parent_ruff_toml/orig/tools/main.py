from geo.distance import haversine_all

if __name__ == "__main__":
    print(haversine_all([((0.0, 0.0), (0.0, 1.0)), ((51.5, -0.12), (48.85, 2.35))]))
